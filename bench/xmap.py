"""Time from a process's start until its main window is mapped on an X server (Xvfb), seen from outside:
this process listens for MapNotify on the root window through libX11 (ctypes), so the figure is the same
for any program, whatever its toolkit."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


def available() -> bool:
    return shutil.which("Xvfb") is not None and ctypes.util.find_library("X11") is not None


@contextmanager
def xvfb():
    """Start Xvfb on a free display; yields its DISPLAY string."""
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _xlib():
    x = ctypes.CDLL(ctypes.util.find_library("X11"))
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x.XConnectionNumber.argtypes = [ctypes.c_void_p]
    x.XPending.argtypes = [ctypes.c_void_p]
    x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return x


def time_to_map(cmd: list[str], env: dict[str, str], display: str, cwd: Path, min_width: int = 300) -> float:
    """Seconds from starting ``cmd`` until a top-level window at least ``min_width`` wide is mapped on
    ``display``; the process is then left to finish on its own (it closes itself)."""
    x = _xlib()
    dpy = x.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open display {display}")
    try:
        root = x.XDefaultRootWindow(dpy)
        x.XSelectInput(dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(dpy)
        fd = x.XConnectionNumber(dpy)
        event = (ctypes.c_long * 24)()
        attrs = (ctypes.c_int * 64)()
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        mapped = None
        try:
            while mapped is None:
                if time.perf_counter() - start > 60:
                    raise RuntimeError(f"{cmd}: no window mapped within 60 s")
                while x.XPending(dpy):
                    x.XNextEvent(dpy, ctypes.byref(event))
                    if ctypes.c_int.from_buffer(event).value != MAP_NOTIFY:
                        continue
                    window = event[5]  # XMapEvent: type, serial, send_event, display, event, window
                    if x.XGetWindowAttributes(dpy, window, ctypes.byref(attrs)) and attrs[2] >= min_width:
                        mapped = time.perf_counter() - start
                        break
                if mapped is None:
                    select.select([fd], [], [], 0.05)
        finally:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        return mapped
    finally:
        x.XCloseDisplay(dpy)


if __name__ == "__main__":  # a quick look: python bench/xmap.py -- command …
    import sys

    with xvfb() as d:
        print(f"{time_to_map(sys.argv[2:], dict(os.environ), d, Path.cwd()) * 1000:.0f} ms")
