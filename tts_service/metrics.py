"""What an operator watches, as Prometheus metrics (prometheus-client); ``GET /metrics`` renders them.

Counters and histograms are process-wide objects the pipeline, the job runner and the web layer update. With
several gunicorn workers, set ``PROMETHEUS_MULTIPROC_DIR`` to an empty folder before the service starts (``make
run`` and the Docker image do): each process then writes its values to files there, and a scrape of any
worker adds them up. What the index knows (queue depth, articles by state) is read from the database at
scrape time, so it is the same whichever worker answers.

    dbv_http_requests_total{route="/api/v1/articles",method="POST",status="200"} 12
    dbv_jobs{status="queued"} 3
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import REGISTRY, Collector

if TYPE_CHECKING:
    from audio_cache.index import Stores

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

HTTP_REQUESTS = Counter("dbv_http_requests", "HTTP requests answered, by route template, method and status",
                        ["route", "method", "status"])
HTTP_LATENCY = Histogram("dbv_http_request_duration_seconds", "Time to answer a request (until the body starts)",
                         ["route", "method"], buckets=_LATENCY_BUCKETS)
NARRATIONS = Counter("dbv_narrations", "Narrations asked for: found in the cache, or synthesised", ["outcome"])
SEGMENTS = Counter("dbv_segments", "Segments of a synthesis: from the segment cache, or read by an engine",
                   ["engine", "outcome"])
ENGINE_ERRORS = Counter("dbv_engine_errors", "An engine could not read a narration, by error code",
                        ["engine", "kind"])
CIRCUIT_OPEN = Gauge("dbv_engine_circuit_open", "1 while an engine's circuit breaker is open (half-open: 0.5)",
                     ["engine"], multiprocess_mode="max")
JOBS_FINISHED = Counter("dbv_jobs_finished", "Background narrations that ended, by outcome", ["status"])
FIRST_AUDIO = Histogram("dbv_first_audio_seconds", "From the request to the first playable audio: the whole "
                        "file (sync) or a job's first part", ["path"], buckets=_LATENCY_BUCKETS)

_CIRCUIT = {"closed": 0.0, "half-open": 0.5, "open": 1.0}


def record_circuit(engine: object) -> None:
    """Publish the state of ``engine``'s circuit breaker, when it has one (the online engines)."""
    breaker = getattr(getattr(engine, "controls", None), "breaker", None)
    if breaker is not None:
        CIRCUIT_OPEN.labels(getattr(engine, "name", "?")).set(_CIRCUIT.get(breaker.state, 1.0))


class IndexCollector(Collector):
    """Queue depth and articles by state, read from the shared index at scrape time."""

    def __init__(self, stores: Stores) -> None:
        self.stores = stores

    def collect(self) -> Iterator[GaugeMetricFamily]:
        jobs = GaugeMetricFamily("dbv_jobs", "Background jobs by state (queued + running: the queue depth)",
                                 labels=["status"])
        counts = self.stores.jobs.counts()
        for status in ("queued", "running", "done", "failed", "cancelled"):
            jobs.add_metric([status], counts.get(status, 0))
        yield jobs
        articles = GaugeMetricFamily("dbv_articles", "Articles by state", labels=["status"])
        for status, n in sorted(self.stores.articles.counts()["articles"].items()):
            articles.add_metric([status], n)
        yield articles


def render(stores: Stores) -> tuple[bytes, str]:
    """The exposition text of every metric, for ``GET /metrics``: (body, content type)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    index = CollectorRegistry()
    index.register(IndexCollector(stores))
    return generate_latest(registry) + generate_latest(index), CONTENT_TYPE_LATEST
