"""Time each step of the normalization pipeline (``RULES``) over one text, optionally beside a second tree.

    PYTHONPATH=. .venv/bin/python bench/profile_rules.py                       # the 1 MB bench sentence
    PYTHONPATH=. .venv/bin/python bench/profile_rules.py --other /tmp/old      # … beside an older tree
    PYTHONPATH=. .venv/bin/python bench/profile_rules.py --text page.txt --repeat 5 --top 15

A second tree is made with ``git archive <commit> | tar -x -C /tmp/old``; it runs in a child process with
its own ``tts_service`` on the path, over the same text.  Each repeat runs the whole pipeline once and times
every rule as it goes (CPU seconds of this process, so other users of the machine count less); a rule's figure
is its best over the repeats.  The input of a rule is the output of the one before, as in ``normalize``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The 1 MB test input of ``bench_text.py`` (kept in step with its ``HUGE_SENTENCE``).
HUGE_SENTENCE = (
    "Chiều 08/10/2021, đồng chí Phan Thiên Định - UVTV Tỉnh ủy, Bí thư Thành ủy chủ trì Hội nghị "
    "Mặt trận và các đoàn thể chính trị - xã hội; UBND TP. Huế chi 1.500 tỷ đồng cho 03 dự án KT-XH, "
)


def huge_text(size: int = 1_000_000) -> str:
    """The bench sentence repeated to ``size`` characters: ``len(huge_text(500)) == 500``."""
    return (HUGE_SENTENCE * (size // len(HUGE_SENTENCE) + 1))[:size]


def profile(text: str, repeat: int = 3) -> dict[str, float]:
    """Best CPU seconds of each rule of the ``tts_service`` on ``sys.path`` over ``text``, in ``RULES`` order."""
    from tts_service.text import normalize
    from tts_service.text.rules import RULES

    normalize("²")  # the first call builds lazy tables; do not charge them to a rule
    best: dict[str, float] = {}
    for _ in range(repeat):
        out = text
        for rule in RULES:
            start = time.process_time()
            out = rule(out)
            spent = time.process_time() - start
            name = getattr(rule, "__name__", repr(rule))
            best[name] = min(best.get(name, float("inf")), spent)
    return best


def profile_other(tree: Path, text_file: Path | None, size: int, repeat: int) -> dict[str, float]:
    """The same profile, run in a child process on another checkout of the project."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--json", "--root", str(tree.resolve()),
           "--repeat", str(repeat), "--size", str(size)]
    if text_file is not None:
        cmd += ["--text", str(text_file.resolve())]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(done.stdout)


def table(ours: dict[str, float], other: dict[str, float] | None, top: int | None) -> list[str]:
    """Markdown rows, slowest first when ``top`` is given, else in pipeline order."""
    names = list(ours) + [n for n in (other or {}) if n not in ours]
    if top:
        names = sorted(names, key=lambda n: -max(ours.get(n, 0.0), (other or {}).get(n, 0.0)))[:top]
    total = sum(ours.values())
    if other is None:
        lines = ["| rule | CPU s | share |", "|---|---:|---:|"]
        lines += [f"| {n} | {ours[n]:.3f} | {100 * ours[n] / total:.1f} % |" for n in names]
        lines.append(f"| **all rules** | {total:.3f} | 100 % |")
        return lines
    cell = lambda d, n: f"{d[n]:.3f}" if n in d else "—"  # noqa: E731
    lines = ["| rule | other tree CPU s | this tree CPU s | change s |", "|---|---:|---:|---:|"]
    for n in names:
        lines.append(f"| {n} | {cell(other, n)} | {cell(ours, n)} | {ours.get(n, 0.0) - other.get(n, 0.0):+.3f} |")
    old_total = sum(other.values())
    lines.append(f"| **all rules** | {old_total:.3f} | {total:.3f} | {total - old_total:+.3f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, help="a UTF-8 file to normalize (default: the 1 MB bench sentence)")
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of the bench sentence")
    ap.add_argument("--repeat", type=int, default=3, help="pipeline runs; each rule's best is kept")
    ap.add_argument("--other", type=Path, help="a second checkout (e.g. /tmp/old from git archive) to compare")
    ap.add_argument("--top", type=int, help="only the N slowest rules, slowest first")
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.root))
    text = a.text.read_text(encoding="utf-8") if a.text else huge_text(a.size)
    ours = profile(text, a.repeat)
    if a.json:
        print(json.dumps(ours))
        return 0
    other = profile_other(a.other, a.text, a.size, a.repeat) if a.other else None
    where = f"{a.text}" if a.text else f"the bench sentence repeated to {len(text):,} characters"
    print(f"## time per rule over {where} (best of {a.repeat}, CPU seconds)")
    if other is not None:
        print(f"other tree: {a.other}")
    print("\n".join(table(ours, other, a.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
