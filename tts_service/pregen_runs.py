"""Pre-generation runs the admin console starts: recorded in the index, run on a background thread, driven by
the same code as ``flask tts pregenerate`` (:func:`tts_service.pregenerate.pregenerate`).

    runs = PregenRuns(narrator, settings)
    run_id = runs.start("https://site.vn/sitemap.xml", label="sitemap", kind="estimate", rate=2.0, by="lan")
    runs.get(run_id)      # → Run(state="running", total=30, done=12, …) — from the index, so any worker
                          #   process and a reloaded page see the same progress
    runs.stop(run_id)     # stops between two articles; runs.resume(run_id) continues where it stopped

An ``estimate`` run is the command's ``--dry-run``: it fetches and plans every article and writes nothing but
its own counts. A ``generate`` run narrates and pins each article; its per-article outcomes live in the
command's own tables (``pregen_items``), so a resumed run skips what is done. Each failure is kept with its
reason. A run whose thread died with its process (a restart) shows as interrupted and can be resumed.
"""

from __future__ import annotations

import io
import json
import logging
import threading
import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

from audio_cache.db import connect, ensure_schema, transaction
from audio_cache.processes import worker_alive, worker_id
from tts_service.config import Settings
from tts_service.errors import ServiceError
from tts_service.pregenerate import SourceError, Summary, pregenerate

log = logging.getLogger(__name__)

ACTIVE = ("queued", "running", "stopping")
KINDS = ("estimate", "generate")
SCHEMA = """
CREATE TABLE IF NOT EXISTS admin_pregen_runs (
    run_id      TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    source      TEXT NOT NULL,
    label       TEXT NOT NULL,
    state       TEXT NOT NULL,
    rate        REAL NOT NULL,
    total       INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    counts      TEXT NOT NULL DEFAULT '{}',
    error       TEXT,
    estimate_of TEXT,
    created_by  TEXT,
    worker      TEXT,
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL,
    started_at  REAL,
    finished_at REAL,
    elapsed_s   REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS admin_pregen_failures (
    run_id  TEXT NOT NULL,
    ref     TEXT NOT NULL,
    reason  TEXT NOT NULL,
    at      REAL NOT NULL,
    PRIMARY KEY (run_id, ref)
)
"""


@dataclass(frozen=True)
class Run:
    run_id: str
    kind: str
    source: str
    label: str
    state: str
    rate: float
    total: int
    done: int
    failed: int
    counts: dict[str, Any]
    error: str | None
    created_by: str | None
    worker: str | None
    created_at: float
    updated_at: float
    finished_at: float | None
    elapsed_s: float

    @property
    def finished(self) -> bool:
        return self.state == "done"

    @property
    def percent(self) -> int:
        """``Run(total=30, done=12…).percent`` → ``40``; a finished run is 100 even when it had nothing to do."""
        if self.state == "done":
            return 100
        return int(100 * self.done / self.total) if self.total else 0


class _Control:
    """The :class:`tts_service.pregenerate.RunControl` of one run: every step goes to the index."""

    def __init__(self, runs: PregenRuns, run_id: str, started: float, elapsed_before: float) -> None:
        self.runs, self.run_id = runs, run_id
        self.started, self.elapsed_before = started, elapsed_before
        self._rate = runs.get(run_id).rate  # type: ignore[union-attr]
        self._checked = 0.0
        self._stop = False

    def _refresh(self) -> None:
        if time.monotonic() - self._checked < 0.2:
            return
        self._checked = time.monotonic()
        run = self.runs.get(self.run_id)
        if run is not None:
            self._rate = run.rate
            self._stop = run.state == "stopping"

    def begin(self, total: int, already: int, summary: Summary) -> None:
        self.runs._update(self.run_id, total=total, done=already, counts=_counts(summary))  # a stop asked stays

    def advance(self, ref: str, outcome: str, summary: Summary) -> None:
        if outcome == "failed" and summary.failures:
            self.runs._failure(self.run_id, ref, summary.failures[-1][1])
        self.runs._step(self.run_id, failed=outcome == "failed", counts=_counts(summary),
                        elapsed_s=self.elapsed_before + time.monotonic() - self.started)

    def stop_requested(self) -> bool:
        self._refresh()
        return self._stop

    def interval(self) -> float:
        self._refresh()
        return 1.0 / self._rate if self._rate > 0 else 0.0


def _counts(summary: Summary) -> dict[str, Any]:
    """What the page shows: articles by outcome, characters, audio seconds, engine requests still to make."""
    return {"outcomes": dict(summary.outcomes), "chars": sum(summary.chars.values()),
            "audio_s": round(sum(summary.seconds.values()), 1),
            "audio_s_to_make": round(summary.seconds.get("would make", 0.0), 1),
            "chars_to_make": summary.chars.get("would make", 0),
            "requests": summary.segments_to_make}


class PregenRuns:
    """The admin's pre-generation runs (store and runner) over the narrator's index."""

    def __init__(self, narrator: Any, settings: Settings) -> None:
        self.narrator = narrator
        self.settings = settings
        self.path = settings.db_path
        self.uploads = settings.data_dir / "pregen-sources"
        ensure_schema(self.path, SCHEMA)
        self._threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()
        self._resuming = threading.Lock()

    # --- sources ----------------------------------------------------------------------------------------

    def save_list(self, urls: list[str], suffix: str = ".txt") -> str:
        """A pasted or uploaded list of article URLs, kept under the data dir as a source the command reads."""
        self.uploads.mkdir(parents=True, exist_ok=True)
        path = self.uploads / f"{uuid.uuid4().hex}{suffix}"
        path.write_text("\n".join(urls) + "\n", encoding="utf-8")
        return str(path)

    def save_document(self, data: bytes, suffix: str) -> str:
        """An uploaded sitemap or feed (XML), kept as it came."""
        self.uploads.mkdir(parents=True, exist_ok=True)
        path = self.uploads / f"{uuid.uuid4().hex}{suffix}"
        path.write_bytes(data)
        return str(path)

    # --- runs -------------------------------------------------------------------------------------------

    def start(self, source: str, *, label: str, kind: str, rate: float, by: str | None,
              estimate_of: str | None = None) -> str:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        run_id = uuid.uuid4().hex
        now = time.time()
        with connect(self.path) as db:
            db.execute(
                """INSERT INTO admin_pregen_runs (run_id, kind, source, label, state, rate, estimate_of, created_by,
                                                  created_at, updated_at, worker)
                   VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)""",
                (run_id, kind, source, label, rate, estimate_of, by, now, now, worker_id()),
            )
        self._launch(run_id)
        return run_id

    def get(self, run_id: str) -> Run | None:
        with connect(self.path) as db:
            row = db.execute("SELECT * FROM admin_pregen_runs WHERE run_id = ?", (run_id,)).fetchone()
        return self._alive(_run(row)) if row else None

    def runs(self, limit: int = 20) -> list[Run]:
        with connect(self.path) as db:
            rows = db.execute("SELECT * FROM admin_pregen_runs ORDER BY created_at DESC LIMIT ?",
                              (limit,)).fetchall()
        return [self._alive(_run(r)) for r in rows]

    def failures(self, run_id: str, limit: int = 200) -> list[tuple[str, str]]:
        with connect(self.path) as db:
            rows = db.execute("SELECT ref, reason FROM admin_pregen_failures WHERE run_id = ? ORDER BY at LIMIT ?",
                              (run_id, limit)).fetchall()
        return [(r["ref"], r["reason"]) for r in rows]

    def stop(self, run_id: str) -> Run | None:
        """Ask the run to stop after the article it is on (a queued one stops at once) — in one write, so a run
        that begins at this moment is either stopped before it starts or asked to stop while it runs."""
        with connect(self.path) as db:
            db.execute("UPDATE admin_pregen_runs SET updated_at = ?, state = CASE state WHEN 'queued' THEN 'stopped'"
                       " ELSE 'stopping' END WHERE run_id = ? AND state IN ('queued', 'running')",
                       (time.time(), run_id))
        return self.get(run_id)

    def resume(self, run_id: str) -> Run | None:
        """Continue a stopped or interrupted run: finished articles are not done again."""
        with self._resuming:  # of two resumes at once (a double click), one takes the run
            run = self.get(run_id)
            if run is None or run.state not in ("stopped", "interrupted", "failed"):
                return run
            # this process takes the run in one write (an interrupted one is still active in the table)
            if self._update(run_id, state="queued", error=None, worker=worker_id(),
                            only_if=("running", "stopping", "queued") if run.state == "interrupted" else (run.state,)):
                self._launch(run_id)
        return self.get(run_id)

    def set_rate(self, run_id: str, rate: float) -> None:
        """Change how many pages a second the run fetches; it applies from the next article."""
        self._update(run_id, rate=rate)

    def wait(self, run_id: str, timeout: float = 60.0) -> Run | None:
        """The run once its thread has ended (tests and the command line)."""
        with self._lock:
            thread = self._threads.get(run_id)
        if thread is not None:
            thread.join(timeout)
        return self.get(run_id)

    # --- the thread ---------------------------------------------------------------------------------------

    def _launch(self, run_id: str) -> None:
        """Start the run's thread (the run is ``queued`` with this process as its worker)."""
        thread = threading.Thread(target=self._run, args=(run_id,), name=f"dbv-pregen-{run_id[:8]}", daemon=True)
        with self._lock:
            self._threads[run_id] = thread
        thread.start()

    def _run(self, run_id: str) -> None:
        """Run it, then write its final state — while this thread is still the run's live thread: a page polling
        in between would otherwise see an active run with no thread, which reads as interrupted."""
        try:
            final = self._execute(run_id)
            if final is not None:
                self._update(run_id, **final)
        finally:
            with self._lock:
                if self._threads.get(run_id) is threading.current_thread():  # not a resumed run's new thread
                    del self._threads[run_id]

    def _execute(self, run_id: str) -> dict[str, Any] | None:
        """The run's work; returns the values of its final state (None when the run is gone)."""
        run = self.get(run_id)
        if run is None or not self._update(run_id, state="running", started_at=time.time(), only_if=("queued",)):
            return None  # gone, or stopped before it began
        control = _Control(self, run_id, time.monotonic(), run.elapsed_s)
        try:
            summary = pregenerate(run.source, self.narrator, self.settings, dry_run=run.kind == "estimate",
                                  rate=run.rate, out=io.StringIO(), err=io.StringIO(), control=control)
        except (SourceError, ServiceError, OSError, ValueError) as exc:
            message = exc.message if isinstance(exc, ServiceError) else str(exc)
            return {"state": "failed", "error": message[:2000], "finished_at": time.time()}
        except Exception as exc:  # the thread must leave the run in a final state whatever happens
            log.exception("pre-generation run %s failed", run_id)
            return {"state": "failed", "error": f"Lỗi máy chủ ({type(exc).__name__}).", "finished_at": time.time()}
        if summary.interrupted:
            return {"state": "stopped", "counts": _counts(summary)}
        return {"state": "done", "counts": _counts(summary), "finished_at": time.time(),
                "done": self.get(run_id).total}  # type: ignore[union-attr]

    # --- index writes -------------------------------------------------------------------------------------

    def _update(self, run_id: str, only_if: tuple[str, ...] | None = None, **values: Any) -> bool:
        """Write ``values`` to the run (only while its state is one of ``only_if``); whether it was written."""
        if "counts" in values:
            values["counts"] = json.dumps(values["counts"], ensure_ascii=False)
        values["updated_at"] = time.time()
        sets = ", ".join(f"{name} = ?" for name in values)
        sql = f"UPDATE admin_pregen_runs SET {sets} WHERE run_id = ?"  # noqa: S608 (names are ours)
        args = [*values.values(), run_id]
        if only_if:
            sql += f" AND state IN ({', '.join('?' for _ in only_if)})"
            args += list(only_if)
        with connect(self.path) as db:
            return db.execute(sql, args).rowcount > 0

    def _step(self, run_id: str, *, failed: bool, counts: dict[str, Any], elapsed_s: float) -> None:
        with transaction(self.path) as db:
            db.execute(
                """UPDATE admin_pregen_runs SET done = done + 1, failed = failed + ?, counts = ?, elapsed_s = ?,
                       updated_at = ? WHERE run_id = ?""",
                (int(failed), json.dumps(counts, ensure_ascii=False), elapsed_s, time.time(), run_id),
            )

    def _failure(self, run_id: str, ref: str, reason: str) -> None:
        with connect(self.path) as db:
            db.execute("INSERT OR REPLACE INTO admin_pregen_failures (run_id, ref, reason, at) VALUES (?, ?, ?, ?)",
                       (run_id, ref, reason[:2000], time.time()))

    def _alive(self, run: Run) -> Run:
        """An active run whose thread is gone (its process stopped) reads as interrupted."""
        if run.state not in ACTIVE:
            return run
        if run.worker == worker_id():
            with self._lock:
                thread = self._threads.get(run.run_id)
            if thread is not None and thread.is_alive():
                return run
            if run.state == "queued" and time.time() - run.updated_at < 5:
                return run  # being launched right now
        elif worker_alive(run.worker) is not False and time.time() - run.updated_at < 600:
            return run  # another live process runs it (or another host that reported lately)
        return _replace_state(run, "interrupted")


def _run(row: Any) -> Run:
    data = dict(row)
    data["counts"] = json.loads(data["counts"] or "{}")
    for name in ("estimate_of", "started_at"):
        data.pop(name, None)
    return Run(**data)


def _replace_state(run: Run, state: str) -> Run:
    return replace(run, state=state)


def estimate_seconds(run: Run, probe_s: float) -> float:
    """How long generating will take: the pages at the run's fetch rate, then each engine request at the
    measured speed of one (``probe_s``): ``pages / rate + requests × probe_s``."""
    pages = run.total
    fetch = pages / run.rate if run.rate > 0 else 0.0
    return fetch + run.counts.get("requests", 0) * probe_s
