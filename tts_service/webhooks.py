"""Signed "audio ready" webhooks, delivered with retries and backoff from a table in the index.

Each delivery is a POST of a JSON body with these headers::

    X-DBV-Event: article.ready
    X-DBV-Delivery: 17
    X-DBV-Timestamp: 1764201600
    X-DBV-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + body)>

A receiver recomputes the HMAC over the timestamp, a dot and the raw body, compares in constant time, and
refuses timestamps older than a few minutes (replays). See :func:`verify` and docs/api.md.

Deliveries go through the service's URL gate (:func:`tts_service.urlgate.webhook_policy`): http(s) only, every
resolved address checked (loopback and private addresses only with ``TTS_WEBHOOK_ALLOW_PRIVATE``, cloud
metadata never), no redirects followed. A refused delivery fails at once, saying why: retrying cannot help.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import time
from typing import Any

from audio_cache.auth import ApiKeyStore
from audio_cache.deliveries import DeliveryStore
from audio_cache.jobs import Job
from tts_service.config import Settings
from tts_service.errors import FetchFailed, FetchRefused, TooLarge
from tts_service.urlgate import open_url, webhook_policy

log = logging.getLogger(__name__)

EVENT_READY = "article.ready"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """``sign("s" * 16, 1, b"{}")`` → ``"sha256=…"`` (64 hex)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, tolerance_s: int = 300,
           now: float | None = None) -> bool:
    """What a CMS does on receipt: right signature, recent timestamp."""
    if not timestamp.isdigit():
        return False
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


def audio_paths(key: str) -> dict[str, str]:
    """The public paths of a narration's files (the web layer serves them at these paths)."""
    return {"audio_url": f"/audio/{key}.mp3", "marks_url": f"/audio/{key}.json", "vtt_url": f"/audio/{key}.vtt"}


class WebhookSender:
    """Queues and sends deliveries; safe to run in every worker process (each delivery is leased)."""

    def __init__(self, deliveries: DeliveryStore, keys: ApiKeyStore, settings: Settings) -> None:
        self.deliveries = deliveries
        self.keys = keys
        self.settings = settings

    def target(self, api_key_hash: str | None) -> tuple[str, str] | None:
        """The key's own webhook, else the service-wide one from settings, else none."""
        if api_key_hash:
            own = self.keys.api_key_webhook(api_key_hash)
            if own:
                return own
        if self.settings.webhook_url and self.settings.webhook_secret:
            return self.settings.webhook_url, self.settings.webhook_secret
        return None

    def enqueue_ready(self, job: Job, duration_s: float) -> int | None:
        target = self.target(job.api_key_hash)
        if target is None:
            return None
        base = self.settings.public_url or ""
        body: dict[str, Any] = {
            "event": EVENT_READY,
            "id": job.article_id,
            "job_id": job.job_id,
            "key": job.narration_key,
            "duration": round(duration_s, 3),
            **{name: base + path for name, path in audio_paths(job.narration_key).items()},
            **({"reason": job.payload["reason"]} if job.payload.get("reason") else {}),
        }
        return self.deliveries.add_delivery(job.job_id, target[0], target[1], json.dumps(body, ensure_ascii=False))

    def deliver_due(self) -> int:
        """Send every delivery that is due; returns how many were attempted."""
        attempted = 0
        for delivery in self.deliveries.due_deliveries():
            if not self.deliveries.claim_delivery(delivery.delivery_id, lease_s=self.settings.webhook_timeout_s + 30):
                continue  # another worker took it
            attempted += 1
            attempt = delivery.attempts + 1
            error, final = self._send(delivery.delivery_id, delivery.url, delivery.secret, delivery.body.encode())
            if error is None:
                self.deliveries.delivery_result(delivery.delivery_id, delivered=True)
            elif final or attempt >= self.settings.webhook_max_attempts:
                log.warning("webhook %s to %s failed for good: %s", delivery.delivery_id, delivery.url, error)
                self.deliveries.delivery_result(delivery.delivery_id, delivered=False, error=error)
            else:
                delay = self.settings.webhook_backoff_s * 2 ** (attempt - 1)
                self.deliveries.delivery_result(delivery.delivery_id, delivered=False, error=error,
                                           retry_at=time.time() + delay)
        return attempted

    def _send(self, delivery_id: int, url: str, secret: str, body: bytes) -> tuple[str | None, bool]:
        """(error or None, whether the error is final): a refusal by the URL gate is final."""
        timestamp = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "X-DBV-Event": EVENT_READY,
            "X-DBV-Delivery": str(delivery_id),
            "X-DBV-Timestamp": str(timestamp),
            "X-DBV-Signature": sign(secret, timestamp, body),
        }
        try:
            with open_url(url, webhook_policy(url, self.settings), method="POST", headers=headers,
                          data=body) as answer:
                status = answer.status
                with contextlib.suppress(FetchFailed, TooLarge):
                    answer.read()  # not needed (at most 64 KiB is read): the status is the receipt
        except FetchRefused as exc:
            return f"refused: {exc.message}"[:500], True
        except FetchFailed as exc:
            return exc.message[:500], False
        if 200 <= status < 300:
            return None, False
        return f"HTTP {status}", False
