"""Where the first paint's extra time goes: PySide6 6.11 creates every Python enum of a Qt class (an
``enum.Enum`` built by the functional API) when the class is first used. This counts the enums created
before the first paint — and the time spent creating them — in the bare window, in nxdesk's sector list
and grid alone (grid_only_window.py), and in the whole nxdesk window, each run once under a counting hook
(the hook's own cost is included, so read the counts and the proportions)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, window_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

HOOK = r"""
import builtins, enum, runpy, sys, time
created, spent, seen = [0], [0.0], []
create = enum.EnumType._create_
def counted(cls, class_name, names, **kw):
    start = time.perf_counter()
    try:
        return create(cls, class_name, names, **kw)
    finally:
        created[0] += 1
        spent[0] += time.perf_counter() - start
enum.EnumType._create_ = counted
say = builtins.print
def watch(*args, **kwargs):
    if args and args[0] == "first-paint" and not seen:
        seen.append(1)
        sys.stderr.write(f"ENUMS {created[0]} {spent[0] * 1000:.1f}\n")
    return say(*args, **kwargs)
builtins.print = watch
target, sys.argv = sys.argv[1], sys.argv[1:]
if target == "-m":
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    runpy.run_path(target, run_name="__main__")
"""


def count(args: list[str], env: dict[str, str]) -> tuple[int, float]:
    done = subprocess.run(
        [sys.executable, "-c", HOOK, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    line = next((x for x in done.stderr.splitlines() if x.startswith("ENUMS ")), None)
    if line is None:
        raise RuntimeError(f"{args}: no first paint\n{done.stderr[-2000:]}")
    _, n, ms = line.split()
    return int(n), float(ms)


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env = window_env(tmp, NXDESK_REPORT_PAINT="1")
        db = tmp / "demo.db"
        demo = [sys.executable, "-m", "nxdesk", "--db", str(db), "demo"]
        subprocess.run(demo, check=True, env=env, cwd=ROOT, capture_output=True)
        bare = count([str(ROOT / "bench" / "bare_window.py")], env)
        grid = count([str(ROOT / "bench" / "grid_only_window.py"), str(db)], env)
        full = count(["-m", "nxdesk", "--db", str(db), "gui"], env)
        for label, (n, ms) in (
            ("bare PySide6 window", bare),
            ("nxdesk's sector list and grid alone", grid),
            ("nxdesk main window", full),
        ):
            report(f"Qt enums created before the first paint: {label}", f"{n} ({ms:.0f} ms)")


if __name__ == "__main__":
    main()
