"""The OpenAPI document is the reference: made from the routes and their models, it describes every endpoint,
the docs page shows it, and schemathesis finds no server error and no answer that breaks it."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tts_service import create_app
from tts_service.web.openapi import documented_rules, openapi_path

ADMIN_KEY = "schemathesis-admin-key-0123456789"
#: Fixed, so a run in CI is the run a developer reproduces; change it to explore further.
SEED = "20261206"


def test_every_route_is_in_the_document_and_nothing_else(app):
    undocumented = [(rule, method) for rule, method, op in documented_rules(app) if op is None]
    assert undocumented == []
    spec = app.test_client().get("/api/openapi.json").json
    served = {(openapi_path(rule), method.lower()) for rule, method, _op in documented_rules(app)}
    described = {(path, method) for path, methods in spec["paths"].items() for method in methods}
    assert described == served and ("/api/v1/articles/{article_id}", "delete") in described


def test_the_document_is_openapi_3_1_with_the_key_scheme_and_json_errors(client):
    spec = client.get("/api/openapi.json").json
    assert spec["openapi"] == "3.1.0" and spec["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"
    push = spec["paths"]["/api/v1/articles"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ArticlePush"}
    assert {"200", "202", "400", "401", "403", "413", "415", "422", "429", "507"} <= set(push["responses"])
    assert "Retry-After" in push["responses"]["429"]["headers"] and push["security"] == [{"apiKey": []}]
    fields = spec["components"]["schemas"]["ArticlePush"]["properties"]
    assert {"id", "url", "html", "title", "text", "draft"} == set(fields)
    listed = {p["name"] for p in spec["paths"]["/api/v1/articles"]["get"]["parameters"]}
    assert listed == {"status", "site", "since", "cursor", "limit"}


def test_the_docs_page_shows_every_operation_without_any_script(client):
    page = client.get("/api/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.data.decode()
    spec = client.get("/api/openapi.json").json
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert f'id="{op["operationId"]}"' in html and path in html, (method, path)
    assert "<script" not in html and "http://" not in html.replace("http://127", "") and "https://" not in html


@pytest.mark.parametrize(("method", "path", "status"), [
    ("get", "/nowhere", 404), ("put", "/api/v1/articles", 405), ("post", "/api/v1/lookup", 405),
    ("delete", "/api/openapi.json", 405), ("get", "/api/v1/articles/", 404)])
def test_every_error_is_json_and_405_says_what_is_allowed(client, method, path, status):
    answer = getattr(client, method)(path)
    assert answer.status_code == status and answer.is_json and answer.json["error"]["code"]
    if status == 405:
        assert answer.headers["Allow"]


@pytest.mark.slow
def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_document(tmp_path):
    """Every documented operation, with generated valid and invalid data (coverage, fuzzing, stateful links),
    against the live app on 127.0.0.1. Checks: all but two whose premise this API does not share — "positive
    data acceptance" (the API has rules a JSON schema does not carry: something to read, a cursor it made) and
    "created resource available" (a push with `"draft": true` creates a draft at /api/v1/drafts/<id>, not an
    article at /api/v1/articles/<id>)."""
    app = create_app({"data_dir": tmp_path / "var", "api_per_minute": 0, "api_daily_chars": 0, "sync_max_chars": 300,
                      "selection_burst": 100, "selection_per_minute": 600})
    app.extensions["narrator"].index.add_api_key(ADMIN_KEY, "schemathesis", "admin")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "schemathesis"), "run",
             f"http://127.0.0.1:{server.server_port}/api/openapi.json", "-H", f"Authorization: Bearer {ADMIN_KEY}",
             "--exclude-checks", "positive_data_acceptance,ensure_resource_availability", "--exclude-tag", "demo",
             "--max-examples", "10",
             "--workers", "1", "--seed", SEED, "--no-color"],
            cwd=tmp_path, capture_output=True, text=True, timeout=600)
    finally:
        server.shutdown()
        thread.join(5)
        app.extensions["jobs"].stop()
    summary = done.stdout[-3000:]
    counts = re.search(r"(\d+) generated, (\d+) passed", done.stdout)
    assert done.returncode == 0 and counts, summary
    print(f"\nschemathesis: {counts.group(0)}")
    assert int(counts.group(1)) > 300 and counts.group(1) == counts.group(2), summary
