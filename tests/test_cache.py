"""The store under stress: concurrent readers, edits, crashes, damaged files, full disks, eviction."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from audio_cache import BlobStore, CorruptBlob, Index, StoreFull
from audio_cache.blobs import _HashingWriter
from tests.conftest import service_env
from tests.test_cache_support import (
    AUTH,
    KEY,
    at_once,
    free_port,
    gunicorn,
    paragraphs,
    request_json,
    running_app,
    temp_files,
    wait_for,
    wait_until_healthy,
)

ROOT = Path(__file__).resolve().parent.parent


def _post(client, body, query=""):
    return client.post("/api/v1/articles" + query, json=body, headers=AUTH)


# --- blobs ------------------------------------------------------------------------------------------------


def test_a_blob_damaged_on_disk_is_detected_by_another_process_and_removed(tmp_path):
    index = Index(tmp_path / "i.sqlite3")
    writer = BlobStore(tmp_path / "a", checksums=index)
    key = "ab" * 32
    path = writer.put(key, "wav", b"RIFF" + b"x" * 1000)
    assert writer.read_bytes(key, "wav").startswith(b"RIFF")
    data = bytearray(path.read_bytes())
    data[500] ^= 0xFF
    path.write_bytes(bytes(data))
    reader = BlobStore(tmp_path / "a", checksums=index)  # a fresh process: it did not write this file
    with pytest.raises(CorruptBlob):
        reader.read_bytes(key, "wav")
    assert not path.exists()


def test_a_failed_write_leaves_neither_the_blob_nor_a_temp_file(tmp_path):
    store = BlobStore(tmp_path / "s")
    key = "cd" * 32
    with pytest.raises(RuntimeError), store.writer(key, "mp3") as out:
        out.write(b"half")
        raise RuntimeError("engine died")
    assert not store.exists(key, "mp3") and list(store.temp_files()) == []


def test_temp_files_of_dead_processes_go_at_once_and_a_live_writers_stay(tmp_path):
    store = BlobStore(tmp_path / "s")
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(done.stdout)
    shard = store.root / "ab" / "cd"
    shard.mkdir(parents=True)
    from audio_cache.blobs import _HOST

    (shard / f".tmp-{_HOST}-{dead_pid}-x1").write_bytes(b"torn")
    (shard / f".tmp-{_HOST}-{os.getpid()}-x2").write_bytes(b"being written")
    (shard / f".tmp-0badc0de-{dead_pid}-x3").write_bytes(b"another host's")  # shared disk: only age decides
    assert store.remove_temp_files(older_than_s=600) == (1, 4)
    assert sorted(p.name for p in store.temp_files()) == [f".tmp-0badc0de-{dead_pid}-x3",
                                                           f".tmp-{_HOST}-{os.getpid()}-x2"]
    assert store.remove_temp_files(older_than_s=0)[0] == 2  # past the age limit, any temp file goes


_RACER = """
import os, sys, time
sys.path.insert(0, {root!r})
from audio_cache import BlobStore, Index
store = BlobStore({store!r}, checksums=Index({index!r}))
while time.time() < {start}:
    time.sleep(0.001)
errors = []
for n in range({keys}):
    key = f"{{n:064x}}"
    try:
        if not store.exists(key, "wav"):  # what the pipeline does for a sentence it needs
            store.put(key, "wav", b"RIFF" + os.urandom(64) * 200)  # like espeak: never the same bytes twice
        store.read_bytes(key, "wav")
    except Exception as exc:
        errors.append(f"{{key[-4:]}}: {{type(exc).__name__}}: {{exc}}")
print(len(errors), *errors[:3], sep="\\n")
"""


def test_processes_writing_the_same_sentence_with_different_bytes_never_delete_each_others_audio(tmp_path):
    """espeak is not byte-identical between runs: four processes making the same 40 cached sentences at once
    each publish or keep one whole file; none decides the other's file is damaged and removes it."""
    script = _RACER.format(root=str(ROOT), store=str(tmp_path / "s"), index=str(tmp_path / "i.sqlite3"),
                           start=time.time() + 1.5, keys=40)
    Index(tmp_path / "i.sqlite3")  # the schema exists before the race
    racers = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [r.communicate(timeout=60)[0] for r in racers]
    assert [o.splitlines()[0] for o in outputs] == ["0"] * 4, outputs
    fresh = BlobStore(tmp_path / "s", checksums=Index(tmp_path / "i.sqlite3"))  # a process that wrote nothing
    assert all(fresh.read_bytes(f"{n:064x}", "wav").startswith(b"RIFF") for n in range(40))


# --- single flight ------------------------------------------------------------------------------------------


def test_fifty_concurrent_cold_requests_in_threads_synthesise_once(data_dir):
    with running_app(data_dir) as app:
        body = {"id": "nong", "title": "Tin nóng", "text": paragraphs(3)}
        responses: list = []
        barrier = threading.Barrier(50)

        def post() -> None:
            barrier.wait()
            responses.append(_post(app.test_client(), body))

        threads = [threading.Thread(target=post) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [r.status_code for r in responses] == [200] * 50
        assert sum(r.json["synthesized"] for r in responses) == 1
        assert len({r.json["key"] for r in responses}) == 1
        plan = app.extensions["narrator"].plan
        from tts_service.pipeline import article_from_text

        segments = len(plan(article_from_text(body["title"], body["text"])).segments)
        assert app.extensions["narrator"].segments_synthesized == segments


def test_fifty_concurrent_cold_requests_across_two_gunicorn_workers_synthesise_once(tmp_path, data_dir):
    port = free_port()
    log = tmp_path / "access.log"
    env = service_env()
    env.update(TTS_DATA_DIR=str(data_dir), TTS_API_KEYS=KEY, PYTHONPATH=str(ROOT))
    server = subprocess.Popen(
        # sync workers: one request each at a time, so while one worker synthesises the other must take
        # the next cold request — both processes are in the race for the same key
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--worker-class", "sync", "--backlog", "128",
         "--access-logfile", str(log), "--access-logformat", "%(p)s %(s)s",
         "tts_service:create_app()"],
        env=env, cwd=ROOT, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base)
        for _ in range(6):  # make sure both workers are up and have served
            urllib.request.urlopen(base + "/healthz", timeout=5).read()
        import json

        body = json.dumps({"id": "nong", "title": "Tin nóng", "text": paragraphs(3, "giao thông")}).encode()
        results: list = []
        barrier = threading.Barrier(50)

        def post() -> None:
            request = urllib.request.Request(base + "/api/v1/articles", data=body, method="POST",
                                             headers={"Content-Type": "application/json", **AUTH})
            barrier.wait()
            with urllib.request.urlopen(request, timeout=120) as r:
                results.append(json.loads(r.read()))

        threads = [threading.Thread(target=post) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 50 and sum(r["synthesized"] for r in results) == 1
        assert len({r["key"] for r in results}) == 1
    finally:
        server.terminate()
        server.wait(15)
    pids = {line.split()[0] for line in log.read_text().splitlines() if line.endswith(" 200")}
    assert len(pids) == 2, "both worker processes served requests"


@pytest.mark.slow
def test_ten_articles_sharing_twelve_sentences_posted_at_once_to_two_workers_all_play(data_dir):
    """Ten CMS posts at once whose articles share twelve sentences (then overlapping read-selections of them),
    through two gunicorn workers: every one answers 200 and every MP3 decodes."""
    from tts_service.audio import decode_mp3_bytes

    sentences = [f"Câu chung thứ {n} nói về việc chỉnh trang đô thị và cây xanh." for n in
                 ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai")]
    port = free_port()
    server = gunicorn(data_dir, port, ("TTS_SYNC_MAX_CHARS", "100000"), ("TTS_SELECTION_BURST", "100"))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, 60)
        posts = at_once([
            lambda i=i: request_json(base, "/api/v1/articles", {"id": f"bai-{i}", "title": f"Bài chung số {i}",
                                                             "text": " ".join(sentences)})
            for i in range(10)
        ])
        assert [status for status, _ in posts] == [200] * 10, posts
        # selections starting mid-sentence: new chunks, shared between pairs of selections
        selections = [" ".join([sentences[n].split(" ", 3)[3], *sentences[n + 1: n + 1 + extra]])
                      for n in range(11) for extra in (0, 1)]
        spoken = at_once([lambda s=s: request_json(base, "/api/v1/speak-selection", {"article_id": "bai-0", "text": s})
                           for s in selections])
        assert [status for status, _ in spoken] == [200] * len(selections), spoken
        for _status, doc in posts + spoken:
            status, mp3 = request_json(base, doc["audio_url"])
            assert status == 200 and len(decode_mp3_bytes(mp3)[0]) > 0
    finally:
        server.terminate()
        server.wait(15)


# --- never stale ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("job_starts", ["before the edit", "after the edit"])
def test_a_slow_job_for_an_old_version_never_replaces_a_newer_edit(data_dir, job_starts):
    with running_app(data_dir, sync_max_chars=400) as app:
        client = app.test_client()
        runner = app.extensions["jobs"]
        real_start = runner.start
        if job_starts == "after the edit":
            runner.start = lambda: None  # hold the queue until the edit has been made
        old = _post(client, {"id": "sua", "title": "Bản cũ", "text": paragraphs(8)})
        assert old.status_code == 202
        new = _post(client, {"id": "sua", "title": "Bản mới", "text": "Chỉ còn một đoạn ngắn."})
        assert new.status_code == 200
        real_start()
        job = runner.wait(old.json["job_id"], 60)
        assert job.status == "done"  # the old audio exists (history) …
        status = client.get("/api/v1/articles/sua", headers=AUTH).json
        assert status["key"] == new.json["key"] and status["title"] == "Bản mới"  # … but is not what plays


def test_editing_one_paragraph_of_a_long_article_resynthesises_only_its_segments(data_dir):
    with running_app(data_dir, sync_max_chars=100) as app:
        client = app.test_client()
        text = paragraphs(6)
        first = _post(client, {"id": "dai", "title": "Dài", "text": text}, "?wait=60").json
        before = app.extensions["narrator"].segments_synthesized
        edited = text.replace("Đoạn ba bàn", "Đoạn ba hôm nay bàn", 1)
        second = _post(client, {"id": "dai", "title": "Dài", "text": edited}, "?wait=60").json
        assert second["key"] != first["key"] and second["status"] == "ready"
        assert app.extensions["narrator"].segments_synthesized - before == 1


# --- a full disk ------------------------------------------------------------------------------------------------


def test_a_full_disk_gives_a_clear_507_leaves_nothing_torn_and_cached_audio_still_plays(data_dir, monkeypatch):
    with running_app(data_dir, sync_max_chars=300) as app:
        client = app.test_client()
        cached = _post(client, {"id": "cu", "title": "Đã có", "text": "Bài đã đọc xong."}).json
        cached_mp3 = client.get(cached["audio_url"]).data
        files_before = sorted(p for p in (data_dir / "audio").rglob("*") if p.is_file() and p.name != ".healthz")

        real_write = _HashingWriter.write

        def write_until_full(self, data: bytes) -> int:
            real_write(self, data[: len(data) // 2])  # half of it lands, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(_HashingWriter, "write", write_until_full)
        full = _post(client, {"id": "moi", "title": "Bài mới", "text": "Nội dung mới chưa có."})
        assert full.status_code == 507 and full.json["error"]["code"] == "storage_full"
        assert "dung lượng" in full.json["error"]["message"]
        long = _post(client, {"id": "dai", "title": "Bài dài", "text": paragraphs(3)}, "?wait=30")
        assert long.status_code == 507 and long.json["error"]["code"] == "storage_full"

        after = sorted(p for p in (data_dir / "audio").rglob("*") if p.is_file() and p.name != ".healthz")
        assert after == files_before and temp_files(data_dir) == []
        again = client.get(cached["audio_url"])
        assert again.status_code == 200 and again.data == cached_mp3
        assert client.get(cached["audio_url"], headers={"Range": "bytes=0-9"}).status_code == 206

        monkeypatch.setattr(_HashingWriter, "write", real_write)  # space is freed: the same request works
        assert _post(client, {"id": "moi", "title": "Bài mới", "text": "Nội dung mới chưa có."}).status_code == 200


@contextlib.contextmanager
def small_disk(path: Path, size_kib: int) -> Iterator[Path]:
    """A real filesystem of ``size_kib`` KiB (tmpfs) at ``path``; skipped where mounting is not allowed."""
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=755", "tmpfs", str(path)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def fill(disk: Path) -> Path:
    """Write a file until the kernel says the disk is full; returns it (delete it to free the space)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (1 << 16, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk_gives_507_and_503_and_cached_audio_still_plays(tmp_path):
    with small_disk(tmp_path / "disk", 16 * 1024) as disk, running_app(disk / "var", sync_max_chars=300) as app:
        client = app.test_client()
        cached = _post(client, {"id": "cu", "title": "Đã có", "text": "Bài đã đọc xong."}).json
        cached_mp3 = client.get(cached["audio_url"]).data
        filler = fill(disk)
        files_before = sorted(p for p in (disk / "var" / "audio").rglob("*") if p.is_file())

        full = _post(client, {"id": "moi", "title": "Bài mới", "text": "Nội dung mới chưa có."})
        assert full.status_code == 507 and full.json["error"]["code"] == "storage_full", full.json
        long = _post(client, {"id": "dai", "title": "Bài dài", "text": paragraphs(3)}, "?wait=30")
        assert long.status_code == 507 and long.json["error"]["code"] == "storage_full", long.json
        health = client.get("/healthz")
        assert health.status_code == 503 and health.json["error"]["code"] == "storage_full"

        assert sorted(p for p in (disk / "var" / "audio").rglob("*") if p.is_file()) == files_before
        assert temp_files(disk / "var") == []
        again = client.get(cached["audio_url"])
        assert again.status_code == 200 and again.data == cached_mp3
        assert client.get(cached["audio_url"], headers={"Range": "bytes=0-9"}).status_code == 206
        assert client.get("/api/v1/lookup?id=cu").json["status"] == "ready"
        with running_app(disk / "var") as other:  # a worker (re)started on the full disk: it did not write the file
            assert other.test_client().get(cached["audio_url"]).data == cached_mp3

        filler.unlink()  # space is freed: the same requests work
        assert client.get("/healthz").status_code == 200
        assert _post(client, {"id": "moi", "title": "Bài mới", "text": "Nội dung mới chưa có."}).status_code == 200
        assert _post(client, {"id": "dai", "title": "Bài dài", "text": paragraphs(3)}, "?wait=30").status_code == 200


def test_store_full_is_an_oserror_with_enospc(tmp_path, monkeypatch):
    store = BlobStore(tmp_path / "s")
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    with pytest.raises(StoreFull) as info:
        store.put("ef" * 32, "mp3", b"x")
    assert info.value.errno == errno.ENOSPC and list(store.temp_files()) == []


# --- eviction and GC ------------------------------------------------------------------------------------------


def test_eviction_keeps_the_budget_by_least_recent_play_and_never_touches_pinned_audio(data_dir):
    with running_app(data_dir) as app:
        client = app.test_client()
        narrator = app.extensions["narrator"]
        made = {name: _post(client, {"id": name, "title": name, "text": paragraphs(2, name)}).json
                for name in ("ghim", "cu", "moi")}
        narrator.index.pin_article("ghim")
        now = time.time()
        narrator.index.record_played(made["cu"]["key"], now - 3600)
        narrator.index.record_played(made["moi"]["key"], now)
        from audio_cache.evict import collect, store_bytes

        mp3 = {n: narrator.store.path(m["key"], "mp3").stat().st_size for n, m in made.items()}
        budget = store_bytes(narrator.store) - sum(p.stat().st_size for p in narrator.store.files()
                                                   if p.suffix == ".flac") - mp3["cu"] // 2
        report = collect(narrator.store, narrator.stores, app.config["TTS_SETTINGS"].lock_dir, budget_bytes=budget)
        assert report.removed["segment cache"][0] > 0 and report.removed["evicted narrations"][0] == 1
        assert not narrator.store.exists(made["cu"]["key"], "mp3")
        assert narrator.store.exists(made["ghim"]["key"], "mp3") and narrator.store.exists(made["moi"]["key"], "mp3")

        # the evicted article is made again from its stored text when someone asks for it
        lookup = client.get("/api/v1/lookup?id=cu").json
        assert lookup["status"] in ("pending", "queued", "running") and lookup["job_url"]
        wait_for(lambda: client.get("/api/v1/lookup?id=cu").json["status"] == "ready", timeout=60)

        # even a zero budget leaves pinned audio alone
        collect(narrator.store, narrator.stores, app.config["TTS_SETTINGS"].lock_dir, budget_bytes=1)
        assert narrator.store.exists(made["ghim"]["key"], "mp3")


def test_gc_removes_superseded_audio_only_after_the_grace_period(data_dir):
    with running_app(data_dir) as app:
        client = app.test_client()
        old = _post(client, {"id": "a", "title": "Bản một", "text": "Nội dung."}).json
        new = _post(client, {"id": "a", "title": "Bản hai", "text": "Nội dung."}).json
        runner = app.test_cli_runner()
        assert runner.invoke(args=["tts", "gc"]).exit_code == 0
        assert client.get(old["audio_url"]).status_code == 200  # still within the grace period
    with running_app(data_dir, history_grace_s=0) as app:
        client = app.test_client()
        result = app.test_cli_runner().invoke(args=["tts", "gc"])
        assert "superseded narrations" in result.output
        assert client.get(old["audio_url"]).status_code == 404
        assert client.get(new["audio_url"]).status_code == 200
        stats = app.test_cli_runner().invoke(args=["tts", "stats"])
        assert stats.exit_code == 0 and "articles: ready 1" in stats.output and ".mp3" in stats.output


@pytest.mark.embedded_only  # the upgrade of an older SQLite file
def test_an_index_from_the_first_release_is_upgraded_in_place_and_keeps_serving(data_dir):
    import sqlite3

    with running_app(data_dir) as app:
        made = _post(app.test_client(), {"id": "cu", "title": "Bài cũ", "text": "Nội dung cũ."}).json
    db = sqlite3.connect(data_dir / "index.sqlite3")  # back to the skeleton's schema: no jobs, no wanted key
    for table in ("jobs", "blobs", "webhook_deliveries", "pregen_runs", "pregen_items"):
        db.execute(f"DROP TABLE {table}")
    for table, column in (("articles", "job_id"), ("articles", "wanted_key"), ("articles", "source"),
                          ("narrations", "pinned"), ("narrations", "last_played_at"), ("narrations", "evicted_at"),
                          ("api_keys", "webhook_url"), ("api_keys", "webhook_secret")):
        db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    db.commit()
    db.close()
    with running_app(data_dir) as app:
        client = app.test_client()
        status = client.get("/api/v1/lookup?id=cu").json
        assert status["status"] == "ready" and status["key"] == made["key"]
        assert client.get(made["audio_url"]).status_code == 200  # old blobs: adopted, checksummed on first read
        assert app.extensions["narrator"].index.blob_checksum(f"{made['key']}.mp3")
