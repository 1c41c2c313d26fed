"""When a job's audio is ready the CMS hears about it: a signed POST, retried with backoff until accepted."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from tests.test_cache_support import AUTH, http_server, paragraphs, running_app, wait_for
from tts_service.webhooks import sign, verify


class Receiver:
    """A CMS endpoint on 127.0.0.1 that fails the first ``failures`` deliveries with 500."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.received: list[tuple[float, dict[str, str], bytes]] = []
        self.lock = threading.Lock()

    def handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.lock:
                    receiver.received.append((time.monotonic(), dict(self.headers), body))
                    fail = len(receiver.received) <= receiver.failures
                self.send_response(500 if fail else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def test_a_finished_job_posts_a_signed_webhook_and_retries_with_backoff(data_dir):
    receiver = Receiver(failures=2)
    secret = "webhook-secret-0123456789"
    with http_server(receiver.handler()) as base, running_app(
        data_dir, sync_max_chars=100, webhook_url=f"{base}/hooks/audio", webhook_secret=secret,
        webhook_backoff_s=0.2, public_url="https://doc.example.vn", webhook_allow_private=True,
    ) as app:
        client = app.test_client()
        response = client.post("/api/v1/articles", json={"id": "bao", "title": "Báo", "text": paragraphs(2)},
                               headers=AUTH)
        assert response.status_code == 202
        wait_for(lambda: len(receiver.received) >= 3, timeout=60)
        times = [t for t, _, _ in receiver.received]
        assert times[1] - times[0] >= 0.18 and times[2] - times[1] >= 0.38, "backoff doubles"
        for _, headers, body in receiver.received:
            assert headers["X-DBV-Event"] == "article.ready"
            assert verify(secret, headers["X-DBV-Timestamp"], body, headers["X-DBV-Signature"])
            assert not verify("another-secret-0123456", headers["X-DBV-Timestamp"], body,
                              headers["X-DBV-Signature"])
        event = json.loads(receiver.received[-1][2])
        job = client.get(response.json["job_url"]).json
        assert event["id"] == "bao" and event["key"] == job["key"]
        assert event["audio_url"] == "https://doc.example.vn" + job["audio_url"]
        deliveries = app.extensions["narrator"].index.deliveries()
        wait_for(lambda: app.extensions["narrator"].index.deliveries()[0].status == "delivered")
        assert len(deliveries) == 1
        time.sleep(0.5)
        assert len(receiver.received) == 3, "a delivered webhook is not sent again"


def test_a_key_with_its_own_webhook_overrides_the_default(data_dir):
    receiver = Receiver(failures=0)
    with http_server(receiver.handler()) as base, running_app(data_dir, sync_max_chars=100,
                                                               webhook_allow_private=True) as app:
        result = app.test_cli_runner().invoke(args=["tts", "create-key", "cms-hue", "--site", "hue.gov.vn",
                                                          "--webhook", f"{base}/h"])
        key, secret_line = result.output.strip().splitlines()
        secret = secret_line.split(": ", 1)[1]
        response = app.test_client().post("/api/v1/articles", json={"title": "Tin", "text": paragraphs(2)},
                                          headers={"Authorization": f"Bearer {key}"})
        assert response.status_code == 202
        wait_for(lambda: receiver.received, timeout=60)
        _, headers, body = receiver.received[0]
        assert headers["X-DBV-Signature"] == sign(secret, int(headers["X-DBV-Timestamp"]), body)


@pytest.mark.parametrize("own", [False, True], ids=["operator webhook", "key's webhook"])
def test_a_webhook_to_a_loopback_address_is_refused_without_the_opt_in_and_not_retried(data_dir, own):
    """The same gate as every fetch: a webhook on 127.0.0.1 (or any private address) needs
    TTS_WEBHOOK_ALLOW_PRIVATE; without it nothing is sent and the delivery fails once, saying why."""
    receiver = Receiver(failures=0)
    with http_server(receiver.handler()) as base:
        config = {} if own else {"webhook_url": f"{base}/h", "webhook_secret": "webhook-secret-0123456789"}
        with running_app(data_dir, sync_max_chars=100, webhook_backoff_s=0.1, **config) as app:
            headers = AUTH
            if own:
                result = app.test_cli_runner().invoke(args=["tts", "create-key", "cms-hue", "--site", "hue.gov.vn",
                                                            "--webhook", f"{base}/h"])
                headers = {"Authorization": f"Bearer {result.output.split()[0]}"}
            response = app.test_client().post("/api/v1/articles", json={"title": "Tin", "text": paragraphs(2)},
                                              headers=headers)
            assert response.status_code == 202
            index = app.extensions["narrator"].index
            wait_for(lambda: index.deliveries() and index.deliveries()[0].status == "failed", timeout=60)
            delivery = index.deliveries()[0]
            assert delivery.attempts == 1 and "loopback" in (delivery.last_error or "")
    assert receiver.received == []


def test_signatures_expire():
    body = b'{"id": "x"}'
    signature = sign("s" * 20, 1000, body)
    assert verify("s" * 20, "1000", body, signature, now=1100)
    assert not verify("s" * 20, "1000", body, signature, now=2000)
    assert not verify("s" * 20, "1000", body + b" ", signature, now=1100)
