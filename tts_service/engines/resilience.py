"""Being a polite, robust client of an online speech service: throttle, retry with backoff, circuit breaker.

Each piece takes its clock (and sleep) as arguments so tests drive time instead of waiting for it:

    breaker = CircuitBreaker(threshold=3, cooldown_s=300, clock=fake_clock)
    throttle = Throttle(rate_per_s=2, clock=fake_clock, sleep=fake_clock.sleep)

Online engines share one :class:`Controls` per endpoint in a process (``shared_controls``), so two
``Narrator`` objects in one worker do not each get the full request rate. Across gunicorn workers the rate
adds up: set the per-worker rate accordingly.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tts_service.errors import EngineError

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class Throttle:
    """At most ``rate_per_s`` request starts per second, spaced evenly (a leaky bucket of size one).

    ``acquire()`` reserves the next free slot under a lock and sleeps outside it, so many threads queue up
    fairly without holding the lock while they wait. ``rate_per_s <= 0`` disables the throttle.
    """

    def __init__(self, rate_per_s: float, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep) -> None:
        self.interval = 1.0 / rate_per_s if rate_per_s > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = 0.0

    def acquire(self) -> float:
        """Wait for this caller's slot; returns how long it waited (seconds)."""
        if not self.interval:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        wait = slot - now
        if wait > 0:
            self._sleep(wait)
        return wait


class CircuitOpen(EngineError):
    """The online engine is resting after being throttled; the caller should use the next engine."""

    code = "engine_circuit_open"


class CircuitBreaker:
    """Stop calling a service that keeps refusing us, and try again after a cool-down.

    closed --(``threshold`` 429s in a row, or ``failure_threshold`` failures of any kind in a row)--> open
    --(``cooldown_s`` later)--> half-open: one probe request; its success closes the circuit, its failure opens
    it again for twice as long (at most ``max_cooldown_s``). 429s open it soon: they say *we* send too much.
    Other failures (5xx, timeouts) are retried by the caller and open it only when nothing gets through, so a
    service that is down costs each article one quick failure instead of every chunk's retries and timeouts.
    """

    def __init__(
        self, threshold: int = 3, cooldown_s: float = 300.0, *, failure_threshold: int = 10,
        max_cooldown_s: float = 3600.0, clock: Clock = time.monotonic, service: str = "Google TTS",
    ) -> None:
        self.threshold = max(1, threshold)
        self.failure_threshold = max(1, failure_threshold)
        self.base_cooldown_s = cooldown_s
        self.max_cooldown_s = max(cooldown_s, max_cooldown_s)
        self.service = service
        self._clock = clock
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._throttled_in_a_row = 0
        self._failed_in_a_row = 0
        self._cooldown_s = cooldown_s
        self._opened_at: float | None = None
        self._opened_by_429 = False
        self._probing = False
        self.opened_count = 0  # observable for metrics and tests

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self._cooldown_s:
            return "half-open"
        return "open"

    def before_call(self, probe_wait_s: float = 30.0) -> None:
        """Raise :class:`CircuitOpen` unless a request may go out now.

        While one probe is out (half-open), other callers wait for its answer (at most ``probe_wait_s``)
        instead of failing: one good probe should let a whole article through.
        """
        with self._changed:
            state = self._state()
            if state == "half-open" and self._probing:
                self._changed.wait_for(lambda: not self._probing, timeout=probe_wait_s)
                state = self._state()
            if state == "closed":
                return
            if state == "half-open" and not self._probing:
                self._probing = True
                return
            assert self._opened_at is not None
            remaining = max(0.0, self._opened_at + self._cooldown_s - self._clock())
            why = "giới hạn truy cập (HTTP 429 lặp lại)" if self._opened_by_429 else "lỗi liên tục"
            raise CircuitOpen(f"{self.service} đang {why}; tạm ngưng gọi thêm {remaining:.0f} giây.")

    def record_success(self) -> None:
        with self._changed:
            self._throttled_in_a_row = 0
            self._failed_in_a_row = 0
            self._opened_at = None
            self._probing = False
            self._cooldown_s = self.base_cooldown_s
            self._changed.notify_all()

    def record_throttled(self) -> None:
        """A 429: count it; open (or re-open, longer) when it is one too many."""
        self._record_failure(throttled=True)

    def record_other_failure(self) -> None:
        """Any other failure (5xx, timeout, no audio, an unexpected error)."""
        self._record_failure(throttled=False)

    def _record_failure(self, *, throttled: bool) -> None:
        with self._changed:
            if self._probing:
                self._probing = False
                self._cooldown_s = min(self._cooldown_s * 2, self.max_cooldown_s)
                self._open(throttled)
                return
            self._failed_in_a_row += 1
            self._throttled_in_a_row = self._throttled_in_a_row + 1 if throttled else 0
            if self._opened_at is None and (
                self._throttled_in_a_row >= self.threshold or self._failed_in_a_row >= self.failure_threshold
            ):
                self._open(throttled)

    def _open(self, throttled: bool) -> None:
        self._opened_at = self._clock()
        self._opened_by_429 = throttled
        self.opened_count += 1
        self._changed.notify_all()


def backoff_delay(attempt: int, *, base_s: float, max_s: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with "equal jitter": half fixed, half random, capped.

    ``backoff_delay(0, base_s=0.5, max_s=8)`` is in [0.25, 0.5]; attempt 3 is in [2, 4]; never above 8.
    """
    ceiling = min(max_s, base_s * (2**attempt))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)  # jitter, not crypto


@dataclass
class Controls:
    """Everything an online engine shares between its callers in one process."""

    throttle: Throttle
    breaker: CircuitBreaker
    concurrency: threading.BoundedSemaphore
    requests_sent: int = 0
    _count_lock: threading.Lock = field(default_factory=threading.Lock)

    def count_request(self) -> None:
        with self._count_lock:
            self.requests_sent += 1


_shared: dict[tuple, Controls] = {}
_shared_lock = threading.Lock()


def shared_controls(
    key: tuple, *, rate_per_s: float, concurrency: int, breaker_threshold: int, breaker_cooldown_s: float,
    breaker_failures: int = 10, service: str = "Google TTS",
) -> Controls:
    """The process-wide controls for one endpoint (created on first use with these limits)."""
    with _shared_lock:
        controls = _shared.get(key)
        if controls is None:
            controls = Controls(
                Throttle(rate_per_s),
                CircuitBreaker(breaker_threshold, breaker_cooldown_s, failure_threshold=breaker_failures,
                               service=service),
                threading.BoundedSemaphore(max(1, concurrency)),
            )
            _shared[key] = controls
        return controls


def reset_shared_controls() -> None:
    """Forget every endpoint's shared state (tests: a reused port must not inherit an open circuit)."""
    with _shared_lock:
        _shared.clear()
