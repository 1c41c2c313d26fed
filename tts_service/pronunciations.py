"""The admin's pronunciation lexicon on disk: one JSON file, re-read when it changes, written atomically.

The entries themselves (validation, safe regexes, versions, ``apply``) live in :mod:`tts_service.text.lexicon`;
this module only stores them.  The default file is ``<TTS_DATA_DIR>/lexicon.json``; ``TTS_LEXICON_FILE``
points elsewhere (e.g. a file kept in the site's configuration repository).

``store.add(LexiconEntry("HTX", "hợp tác xã"))`` → every later narration reads "HTX" as "hợp tác xã", and
only the segments whose spoken text changed are synthesised again (segments are cached by spoken text).
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from tts_service.text.lexicon import Lexicon, LexiconEntry


class LexiconFileError(ValueError):
    """The lexicon file exists but cannot be used; the message names the file and the problem."""


class PronunciationStore:
    """Thread-safe access to the lexicon file; :meth:`current` costs one ``stat`` when nothing changed."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._seen: tuple[int, int] | None = None
        self._lexicon = Lexicon()

    def current(self) -> Lexicon:
        """The lexicon as the file says now (empty when there is no file)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return Lexicon()
        stamp = (st.st_mtime_ns, st.st_size)
        with self._lock:
            if stamp != self._seen:
                self._lexicon = self._read()
                self._seen = stamp
            return self._lexicon

    def _read(self) -> Lexicon:
        try:
            return Lexicon.from_json(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise LexiconFileError(f"lexicon file {str(self.path)!r} cannot be used: {exc}") from None

    def site_for(self, url: str | None, lexicon: Lexicon | None = None) -> str | None:
        """The lexicon site an article at ``url`` belongs to: its host or a parent domain named by an entry.

        ``site_for("https://www.huecity.gov.vn/x")`` → ``"huecity.gov.vn"`` when an entry has that site.
        ``lexicon`` is the one the caller already holds (default: :meth:`current`).
        """
        host = (urlsplit(url).hostname or "").lower() if url else ""
        if not host:
            return None
        sites = {e.site for e in (lexicon if lexicon is not None else self.current()).entries if e.site}
        matches = [s for s in sites if host == s or host.endswith("." + s)]
        return max(matches, key=len) if matches else None

    # -- editing (CLI now, admin UI later) -----------------------------------------------------------------
    def add(self, entry: LexiconEntry) -> Lexicon:
        """Add ``entry``, replacing an entry with the same pattern and site; returns the new lexicon."""
        with self._editing() as entries:
            entries[:] = [e for e in entries if (e.pattern, e.site) != (entry.pattern, entry.site)] + [entry]
        return self.current()

    def add_many(self, new: list[LexiconEntry]) -> Lexicon:
        """Add several entries in one write (a CSV import): each replaces an entry with its pattern and site."""
        keys = {(e.pattern, e.site) for e in new}
        with self._editing() as entries:
            entries[:] = [e for e in entries if (e.pattern, e.site) not in keys] + list(new)
        return self.current()

    def remove(self, pattern: str, site: str | None = None) -> bool:
        """Remove the entry for ``pattern`` (and ``site``); False when there was none."""
        with self._editing() as entries:
            before = len(entries)
            entries[:] = [e for e in entries if (e.pattern, e.site) != (pattern, site)]
            removed = len(entries) != before
        return removed

    @contextmanager
    def _editing(self) -> Iterator[list[LexiconEntry]]:
        """Read-modify-write under an exclusive file lock; the new file replaces the old in one rename."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            entries = list(self._read().entries) if self.path.exists() else []
            yield entries
            text = Lexicon(entries).to_json() + "\n"
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".lexicon-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(text)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
