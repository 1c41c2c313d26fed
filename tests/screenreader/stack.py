"""A real screen reader for tests: Orca reading Debian's Chromium on a virtual display, driven by the keyboard.

    with ScreenReader.start(workdir) as sr:          # Xvfb, session bus, AT-SPI bus, Chromium, Orca (≈ 6 s)
        sr.open("http://127.0.0.1:8000/", "Demo")    # a new tab; waits until Orca says "Finished loading Demo…"
        sr.press("Tab", hear="Đọc bài viết")         # → "Đọc bài viết toggle button not pressed."
        sr.transcript()                              # every key pressed and every phrase Orca said

Everything is asserted on what Orca itself says: each phrase Orca speaks is a ``SPEECH OUTPUT: '…'`` line in a
log that ``orca_speech.py`` flushes line by line. No speech synthesiser is needed (nor used): Orca decides what to
say and logs it before handing it to one.

All processes share one process group, stopped with SIGTERM then SIGKILL; anything still holding the stack's
private runtime directory afterwards is named and killed by PID, and the temporary directory is removed.
The session bus is a private one without service activation, so nothing is started behind our back.
Nothing here knows about the player: the admin console's tests use the same class.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Orca and pyatspi live in Debian's Python, not in the venv
AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
AT_SPI_REGISTRY = "/usr/libexec/at-spi2-registryd"
# How long a helper of the stack may take to claim its bus name. They start in well under a second; a machine
# running the rest of the suite on every core once took over 10 s, so the wait is generous (it ends as soon as
# the name appears).
STARTUP_WAIT = 30
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
APT_PACKAGES = "orca xvfb dbus-x11 python3-pyatspi speech-dispatcher xdotool gir1.2-atspi-2.0 at-spi2-core chromium"
# Orca as a new user gets it, except: no key echo ("tab", "return" before every phrase) and no "say all" of every
# page on load; both are the user's choice and only add noise between the phrases under test.
ORCA_GENERAL = {"enableKeyEcho": False, "sayAllOnLoad": False, "speechServerFactory": "", "enableSound": False}
CHROMIUM_ARGS = [
    "--no-sandbox", "--force-renderer-accessibility", "--no-first-run", "--no-default-browser-check",
    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
    "--password-store=basic", "--window-position=0,0", "--window-size=1280,900", "--disable-audio-output",
    "--disable-session-crashed-bubble", "--hide-crash-restore-bubble", "--test-type",
    "--enable-logging=stderr",  # the page's console too: kept with logs_to
    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",  # tabs opened through DevTools (open())
]
LOADED = {"vi": "Hoàn tất nạp", "en": "Finished loading"}  # Orca's "Finished loading %s." (messages.py)
LOADING = {"vi": "Đang nạp", "en": "Loading"}  # Orca's "Loading. Please wait."
# A fresh profile: translation off (its bubble on a Vietnamese page is spoken as an alert); caret browsing on (F7),
# so that in Orca's focus mode Shift+arrows select text, the way an Orca user selects in Chromium.
CHROMIUM_PREFERENCES = {"translate": {"enabled": False}, "credentials_enable_service": False,
                        "profile": {"password_manager_enabled": False},  # its "Save password?" is an alert too
                        "settings": {"a11y": {"caretbrowsing": {"enabled": True, "show_dialog": False}}}}
_LINE = re.compile(r"^(?:([\d.]+) )?SPEECH OUTPUT: '(.*)'(?: voice=\w+)?$")
_SESSION_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path={path}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
<allow own="*"/></policy></busconfig>
"""


class StackError(RuntimeError):
    """A part of the screen-reader stack did not start; the message says which and what it printed."""


def why_unavailable() -> str | None:
    """What is missing to run a screen reader here, or None: ``why_unavailable()`` → ``"no xdotool"``."""
    for tool in ("Xvfb", "dbus-daemon", "xdotool", "dbus-send"):
        if not shutil.which(tool):
            return f"no {tool}"
    for path in (AT_SPI_LAUNCHER, AT_SPI_REGISTRY, SYSTEM_PYTHON, "/usr/bin/orca"):
        if not os.access(path, os.X_OK):
            return f"no {path}"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi, orca.orca_i18n"], capture_output=True, text=True,
                           env={"PATH": "/usr/bin:/bin"}, timeout=30)
    if probe.returncode:
        return "Orca or pyatspi cannot be imported by /usr/bin/python3: " + probe.stderr.strip().splitlines()[-1]
    return None


Wanted = str | tuple[str, ...] | Iterable[str | tuple[str, ...]]


def _said(wanted: str | tuple[str, ...], said: str) -> bool:
    return any(w in said for w in wanted) if isinstance(wanted, tuple) else wanted in said


def utterances(log: str) -> list[tuple[float, str]]:
    """The phrases in a speech log and when (0 if not logged):
    ``"1765000000.125 SPEECH OUTPUT: 'Đang đọc'\\n"`` → ``[(1765000000.125, "Đang đọc")]``."""
    return [(float(m.group(1) or 0), m.group(2)) for m in map(_LINE.match, log.splitlines()) if m]


class ScreenReader:
    """One running stack. Use ``ScreenReader.start(workdir)`` (a context manager that always stops it)."""

    def __init__(self, workdir: Path, language: str = "vi", logs_to: Path | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="orca-", dir=workdir))
        self.language = language
        self.logs_to = logs_to
        self.speech_log = self.dir / "speech.log"
        self.pgid: int | None = None
        self.procs: dict[str, subprocess.Popen] = {}
        self.strays: list[int] = []  # helpers that left the process group, killed by PID at the end
        self.leftovers: list[str] = []  # anything still running after stop(): must stay empty
        self.window = ""
        self.display = ""  # Xvfb's display number
        self.env: dict[str, str] = {}
        self.profile = self.dir / "home" / "chromium"
        self._tab = ""  # the DevTools id of the page's tab (beside the first, blank one)
        self._seen = 0  # utterances already handed to a caller
        self._steps: list[tuple[str, float, list[tuple[float, str]]]] = []  # step, when, what Orca said
        self._taken: list[tuple[float, str]] = []

    # == start and stop
    @classmethod
    @contextmanager
    def start(cls, workdir: Path, language: str = "vi", logs_to: Path | None = None) -> Iterator[ScreenReader]:
        sr = cls(workdir, language, logs_to)
        try:
            sr._start()
            yield sr
        finally:
            sr.stop()

    def _spawn(self, name: str, args: list[str], **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
        kw.setdefault("stdout", (self.dir / f"{name}.out").open("wb"))
        kw.setdefault("stderr", subprocess.STDOUT)
        proc = subprocess.Popen(args, env=self.env or None, process_group=self.pgid or 0, **kw)
        self.pgid = self.pgid or proc.pid
        self.procs[name] = proc
        return proc

    def _start(self) -> None:
        run, home = self.dir / "run", self.dir / "home"
        run.mkdir(mode=0o700)
        home.mkdir()
        # Xvfb picks a free display and writes its number to the pipe: stacks in parallel never collide.
        read_fd, write_fd = os.pipe()
        # No key auto-repeat: on a busy machine a key held between xdotool's press and release would repeat, and a
        # repeated Enter lands on whatever the first one moved focus to.
        self._spawn("xvfb", ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-r",
                             "-screen", "0", "1280x900x24"], pass_fds=(write_fd,))
        os.close(write_fd)
        try:
            display = self.display = self._read_line(read_fd, "xvfb", 10)
        finally:
            os.close(read_fd)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": f":{display}", "HOME": str(home),
            "XDG_RUNTIME_DIR": str(run), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"),
            "GSETTINGS_BACKEND": "memory", "LANG": "C.UTF-8", "LANGUAGE": self.language,
            "NO_AT_BRIDGE": "0", "ACCESSIBILITY_ENABLED": "1",
        }
        bus_conf = self.dir / "session.conf"
        bus_conf.write_text(_SESSION_BUS.format(path=run / "bus"))
        bus = self._spawn("session-bus", ["dbus-daemon", f"--config-file={bus_conf}", "--nofork",
                                          "--print-address=1"], stdout=subprocess.PIPE)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(bus.stdout.fileno(), "session-bus", 10)  # type: ignore[union-attr]
        self._spawn("at-spi-bus", [AT_SPI_LAUNCHER, "--launch-immediately"])
        self._wait(lambda: self._has_owner("org.a11y.Bus"), "at-spi-bus", STARTUP_WAIT)
        a11y = self._dbus("--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress")
        a11y_address = re.search(r'string "([^"]+)"', a11y).group(1)  # type: ignore[union-attr]
        self._spawn("at-spi-registry", [AT_SPI_REGISTRY, "--use-gnome-session=false"])
        self._wait(lambda: self._has_owner("org.a11y.atspi.Registry", a11y_address), "at-spi-registry", STARTUP_WAIT)
        self._dbus("--dest=org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                   "string:org.a11y.Status", "string:IsEnabled", "variant:boolean:true")
        profile = self.profile
        (profile / "Default").mkdir(parents=True)
        (profile / "Default" / "Preferences").write_text(json.dumps(CHROMIUM_PREFERENCES))
        self._spawn("chromium", [CHROMIUM, f"--user-data-dir={profile}", *CHROMIUM_ARGS, "about:blank"])
        self.window = self._wait(self._chromium_window, "chromium", 30)
        self._wait(lambda: (profile / "DevToolsActivePort").exists(), "chromium", 10)
        prefs = self.dir / "orca-prefs"
        prefs.mkdir()
        (prefs / "user-settings.conf").write_text(json.dumps(
            {"general": ORCA_GENERAL, "profiles": {"default": {"profile": ["Default", "default"]}},
             "pronunciations": {}, "keybindings": {}}))
        debug = [os.environ["ORCA_DEBUG_FILE"]] if os.environ.get("ORCA_DEBUG_FILE") else []
        self._spawn("orca", [SYSTEM_PYTHON, str(HERE / "orca_speech.py"), str(self.speech_log), str(prefs), *debug])
        self._focus()
        self._wait(lambda: self.speech_log.exists() and len(self._all()) >= 2, "orca", 30)
        self.settle()
        self.note("(Orca starts)")

    def stop(self) -> None:
        """Stop every process of the stack: its process group, then (by PID) helpers that left the group."""
        if self.pgid:
            for sig, grace in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 3.0)):
                try:
                    os.killpg(self.pgid, sig)
                except ProcessLookupError:
                    break
                deadline = time.monotonic() + grace
                while time.monotonic() < deadline and any(p.poll() is None for p in self.procs.values()):
                    time.sleep(0.05)
            for proc in self.procs.values():
                proc.wait(5)
                if proc.stdout and not proc.stdout.closed:
                    proc.stdout.close()
        # Chromium's crash handler detaches itself (its own session): found by this stack's runtime dir, killed.
        self.strays = self._ours()
        for pid in self.strays:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and self._ours():
            time.sleep(0.05)
        self.leftovers = [f"{pid} {self._command(pid)}" for pid in self._ours()]
        self.leftovers += self._display_files()
        if self.logs_to:  # what Chromium (its console included) and Orca printed, for a person reading a failure
            self.logs_to.mkdir(parents=True, exist_ok=True)
            for name in ("chromium", "orca"):
                with contextlib.suppress(OSError):
                    shutil.copy(self.dir / f"{name}.out", self.logs_to / f"screenreader-{name}.log")
        shutil.rmtree(self.dir, ignore_errors=True)

    def _display_files(self) -> list[str]:
        """Xvfb's lock file and socket, once it has stopped: removed if they name our (dead) Xvfb, which a SIGKILL
        leaves behind; listed if anything else still holds the display."""
        if not self.display:
            return []
        lock, socket = Path(f"/tmp/.X{self.display}-lock"), Path(f"/tmp/.X11-unix/X{self.display}")
        with contextlib.suppress(OSError, ValueError):
            if int(lock.read_text().strip()) == self.procs["xvfb"].pid:
                lock.unlink()
                socket.unlink(missing_ok=True)
        return [f"display :{self.display} ({path})" for path in (lock, socket) if path.exists()]

    def _ours(self) -> list[int]:
        """Running processes that carry this stack's runtime dir in their environment."""
        marker = f"XDG_RUNTIME_DIR={self.dir / 'run'}".encode()
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    if marker in (entry / "environ").read_bytes().split(b"\0"):
                        found.append(int(entry.name))
        return found

    @staticmethod
    def _command(pid: int) -> str:
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:200]
        except OSError:
            return "?"

    # == the keyboard
    def _focus(self) -> None:
        self._xdotool("windowactivate", "--sync", self.window, check=False)
        self._xdotool("windowfocus", "--sync", self.window)

    def press(self, *keys: str, hear: Wanted | None = None, timeout: float = 8.0, quiet: float = 0.1,
              silence: float = 1.0) -> str:
        """Press keys (xdotool names: "Tab", "shift+Tab", "Return", "Right"), return what Orca said in reaction.

        Waits until Orca has said every ``hear`` substring (an AssertionError quotes what it said instead), then
        until it has been quiet for ``quiet`` seconds. Hearing nothing in particular: ``silence`` s of it will do.
        """
        started = time.monotonic()
        # Keys in a row 60 ms apart (Chromium and Orca keep up); a lone key needs no pause after it.
        self._xdotool("key", "--delay", "60" if len(keys) > 1 else "10", *keys)
        return self.hear(hear, timeout=timeout, quiet=quiet, step="⌨ " + " ".join(keys), started=started,
                         silence=silence)

    def type(self, text: str) -> str:
        """Type ``text`` into the focused field (Orca's key echo is off: it says nothing of it)."""
        self._xdotool("type", "--delay", "20", text)
        return self.hear(step=f"⌨ type {text!r}", quiet=0.1, silence=0.3)

    def hear(self, wanted: Wanted | None = None, timeout: float = 8.0, quiet: float = 0.1, step: str = "…",
             started: float | None = None, silence: float = 1.0) -> str:
        """What Orca said since the last call, once it said every ``wanted`` substring (a tuple: any one of its
        strings; wanting nothing in particular: anything, or ``silence`` s of silence), then paused for ``quiet`` s.

        ``hear(["pressed", ("Đang đọc", "Đọc tiếp từ")])`` waits for "pressed" and either of the other two.
        """
        wanted = [] if wanted is None else [wanted] if isinstance(wanted, str | tuple) else list(wanted)
        started = started or time.monotonic()
        deadline = started + timeout
        while True:
            new = self._all()[self._seen:]
            said = " | ".join(new)
            # Nothing in particular wanted: at least Orca's first phrase (or a second of silence).
            if all(_said(w, said) for w in wanted) and (wanted or new or time.monotonic() - started > silence):
                break
            if time.monotonic() > deadline:
                lines = self._step(step, started)
                missing = [w for w in wanted if not _said(w, said)]
                raise AssertionError(f"after {step}, Orca never said {missing!r}; it said: {lines!r}")
            time.sleep(0.05)
        self.settle(quiet)
        return " | ".join(self._step(step, started))

    def _step(self, step: str, started: float) -> list[str]:
        """Record a step (begun at monotonic ``started``) and what Orca said since the last one; return that."""
        lines = self.take()
        now = time.monotonic()
        self._steps.append((f"{step}   [{now - started:.1f} s]", time.time() - (now - started), self._taken))
        return lines

    def settle(self, quiet: float = 0.6, limit: float = 5.0) -> None:
        """Wait until Orca has said nothing new for ``quiet`` seconds (at most ``limit``)."""
        end, count, since = time.monotonic() + limit, len(self._all()), time.monotonic()
        while time.monotonic() < end:
            time.sleep(0.05)
            now = len(self._all())
            if now != count:
                count, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return

    def take(self) -> list[str]:
        """The phrases Orca said since the last ``take``/``hear``/``press``."""
        lines = self._timed()
        self._taken, self._seen = lines[self._seen:], len(lines)
        return [text for _, text in self._taken]

    def note(self, step: str) -> None:
        """Record something done outside the keyboard (a server stopped, a page changed) in the transcript."""
        self._step(step, time.monotonic())

    def open(self, url: str, title: str, timeout: float = 15.0) -> str:
        """Show ``url`` in a new foreground tab, then close the previous page's tab; wait until Orca announces
        ``title`` loaded.

        The tab is opened through Chromium's DevTools endpoint (``PUT /json/new?URL`` on 127.0.0.1) instead of
        typing the address: Chromium's suggestion popup is a web page to Orca, whose browse-mode letter keys
        ("c" next combo box, "h" next heading) then swallow what is typed.
        """
        started = time.monotonic()
        old, self._tab = self._tab, self._devtools(f"new?{urllib.parse.quote(url, safe=':/?&=%')}", "PUT")["id"]
        said = self._loaded(title, timeout, f"(open {url})", started)
        if old:
            self._devtools(f"close/{old}")
        return said

    def _loaded(self, title: str, timeout: float, step: str, started: float) -> str:
        """Wait for Orca's "Finished loading <title>"; Orca sometimes goes straight to the page's first line
        instead (the title was said with the tab): then the page is taken as loaded once Orca, having said
        something after its last "Loading", is quiet for 0.3 s (3 s at most)."""
        said = self.hear(title, timeout=timeout, step=step, started=started)
        loaded, loading = LOADED.get(self.language, LOADED["en"]), LOADING.get(self.language, LOADING["en"])
        if loaded in said:
            return said
        deadline, count, since = time.monotonic() + 3, len(self._all()), time.monotonic()
        while time.monotonic() < deadline:
            every = said.split(" | ") + self._all()[self._seen:]
            if loaded in " | ".join(every):
                break
            last = max((i for i, phrase in enumerate(every) if loading in phrase), default=-1)
            after = [phrase for phrase in every[last + 1:] if phrase not in ("Browse mode", "Focus mode")]
            if len(self._all()) != count:
                count, since = len(self._all()), time.monotonic()
            elif after and time.monotonic() - since >= 0.3:
                break
            time.sleep(0.05)
        return said + " | " + self.hear(step=f"{step} (loaded?)", quiet=0.15, silence=0.0)

    def reload(self, title: str, timeout: float = 15.0) -> str:
        """F5; wait until Orca announces the page ``title`` loaded again."""
        started = time.monotonic()
        self._xdotool("key", "F5")
        return self._loaded(title, timeout, "⌨ F5", started)

    def screenshot(self, path: Path) -> Path | None:
        """The virtual display as a PNG, for a person to look at: nothing is asserted on it, so a failure to take it
        is only noted in the transcript."""
        grab = ("import sys, gi; gi.require_version('Gdk', '3.0'); from gi.repository import Gdk; "
                "w = Gdk.get_default_root_window(); "
                "Gdk.pixbuf_get_from_window(w, 0, 0, w.get_width(), w.get_height()).savev(sys.argv[1], 'png', [], [])")
        path.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([SYSTEM_PYTHON, "-c", grab, str(path)], env=self.env, timeout=30, capture_output=True,
                              text=True)
        if done.returncode:
            self.note(f"(no screenshot: {done.stderr.strip().splitlines()[-1:]})")
            return None
        return path

    def transcript(self) -> str:
        """Every step and what Orca said after it, and how long after the step began (the key press):
        ``⌨ Tab   [0.3 s]`` then ``  » +0.12 Đọc bài viết nút bật/tắt not pressed.``"""
        out = []
        for step, began, lines in self._steps:
            out.append(step)
            out.extend(f"  » {f'{at - began:+.2f} ' if at else ''}{line}" for at, line in lines)
        return "\n".join(out) + "\n"

    # == plumbing
    def _all(self) -> list[str]:
        return [text for _, text in self._timed()]

    def _timed(self) -> list[tuple[float, str]]:
        try:
            return utterances(self.speech_log.read_text(encoding="utf-8", errors="replace"))
        except FileNotFoundError:
            return []

    def _devtools(self, path: str, method: str = "GET") -> dict:
        """Ask Chromium's DevTools HTTP endpoint (127.0.0.1, the port Chromium chose): ``_devtools("close/ID")``."""
        port = (self.profile / "DevToolsActivePort").read_text().split()[0]
        request = urllib.request.Request(f"http://127.0.0.1:{port}/json/{path}", method=method)
        with urllib.request.urlopen(request, timeout=10) as reply:
            body = reply.read().decode()
        return json.loads(body) if body.startswith("{") else {}

    def _xdotool(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        if check and done.returncode:
            raise StackError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def _chromium_window(self) -> str:
        proc = self.procs["chromium"]
        if proc.poll() is not None:
            raise StackError(f"Chromium exited ({proc.returncode}): {self._output('chromium')}")
        found = self._xdotool("search", "--onlyvisible", "--class", "chromium", check=False).split()
        return found[0] if found else ""

    def _dbus(self, *args: str, address: str | None = None) -> str:
        bus = [f"--bus={address}"] if address else ["--session"]
        done = subprocess.run(["dbus-send", *bus, "--print-reply", "--type=method_call", *args], env=self.env,
                              capture_output=True, text=True, timeout=10)
        if done.returncode:
            raise StackError(f"dbus-send {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def _has_owner(self, name: str, address: str | None = None) -> bool:
        reply = self._dbus("--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                           "org.freedesktop.DBus.NameHasOwner", f"string:{name}", address=address)
        return "boolean true" in reply

    def _read_line(self, fd: int, name: str, timeout: float) -> str:
        """The first line a starting process writes to ``fd`` (Xvfb's display, the bus's address)."""
        data, deadline = b"", time.monotonic() + timeout
        while b"\n" not in data:  # Xvfb writes the number and the newline apart: closing early kills it (EPIPE)
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(fd, 4096) if ready else b""
            if not chunk:
                raise StackError(f"{name} did not start within {timeout} s; it printed: {self._output(name)}")
            data += chunk
        return data.decode().splitlines()[0].strip()

    def _wait(self, probe, name: str, timeout: float):  # type: ignore[no-untyped-def]
        """Poll ``probe`` until it returns something true; else a StackError quoting process ``name``'s output."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = probe()
            if value:
                return value
            time.sleep(0.05)
        raise StackError(f"{name} did not come up within {timeout} s; it printed: {self._output(name)}")

    def _output(self, name: str) -> str:
        path = self.dir / f"{name}.out"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""
