"""The Python/PySide6 pair keeps reference counts right: a pair that loses references to None, True or
False (PySide6 6.12 on Python 3.11 aborts with "none_dealloc" after a few thousand calls) fails here,
and the application refuses to start on a known-bad pair with a message saying what to install."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel

from nxdesk.qt_pair import UnsoundQtPair, check_pair, is_known_bad, require_sound_pair

CALLS = 10_000
BATCH = 100
TOLERANCE = 50  # a few references come and go with frames and caches; a leak loses one per call


def refcount_drift(singleton: object, call) -> int:
    """Change of ``singleton``'s reference count over ``CALLS`` calls of ``call``, measured every ``BATCH``
    calls so a leaking pair fails early instead of aborting the interpreter."""
    call()  # first call: caches and lazily created wrappers
    before = sys.getrefcount(singleton)
    drift = 0
    for _ in range(CALLS // BATCH):
        for _ in range(BATCH):
            call()
        drift = sys.getrefcount(singleton) - before
        if abs(drift) > TOLERANCE:
            break
    return drift


class Emitter(QObject):
    number = Signal(int)
    flag = Signal(bool)


def test_qt_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel()

    def calls() -> None:
        label.update()
        label.setText("Thu ngân sách")
        qapp.processEvents()

    assert abs(refcount_drift(None, calls)) <= TOLERANCE


def test_painting_keeps_none_alive(qapp):
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:

        def calls() -> None:
            painter.save()
            painter.drawLine(0, 0, 10, 10)
            painter.restore()

        assert abs(refcount_drift(None, calls)) <= TOLERANCE
    finally:
        painter.end()


def test_signal_emits_keep_true_alive(qapp):
    emitter = Emitter()
    received: list[int] = []
    emitter.number.connect(received.append)
    assert abs(refcount_drift(True, lambda: emitter.number.emit(7))) <= TOLERANCE
    assert abs(refcount_drift(True, lambda: emitter.flag.emit(True))) <= TOLERANCE
    assert len(received) == CALLS + 1  # the slot ran on every emit


def test_qt_calls_returning_false_keep_false_alive(qapp):
    emitter = Emitter()
    label = QLabel()  # never shown

    def calls() -> None:
        label.isVisible()
        emitter.flag.emit(False)
        emitter.signalsBlocked()

    assert abs(refcount_drift(False, calls)) <= TOLERANCE


def test_a_known_bad_pair_is_refused_with_what_to_install():
    assert is_known_bad((6, 12, 0), (3, 11, 7))
    assert is_known_bad((6, 12, 2), (3, 10, 4))
    assert not is_known_bad((6, 12, 0), (3, 12, 1))
    assert not is_known_bad((6, 11, 3), (3, 11, 7))
    with pytest.raises(UnsoundQtPair) as refused:
        check_pair((6, 12, 0), (3, 11, 7))
    message = str(refused.value)
    assert "PySide6 6.12.0" in message and "Python 3.11.7" in message
    assert "PySide6-Essentials 6.11" in message


def test_the_installed_pair_is_sound():
    require_sound_pair()  # raises on a known-bad pair


def test_the_command_line_refuses_a_known_bad_pair(monkeypatch, demo_db, db_path, tmp_path, capsys):
    import PySide6

    from nxdesk.cli import main

    monkeypatch.setattr(PySide6, "__version_info__", (6, 12, 0, "", ""))
    monkeypatch.setattr(sys, "version_info", (3, 11, 7, "final", 0))
    monkeypatch.setattr("PySide6.QtCore.QCoreApplication.instance", staticmethod(lambda: None))
    out = tmp_path / "bieu.pdf"
    status = main(
        ["--db", str(db_path), "export", "--year", "2024", "--months", "9", "--format", "pdf", "-o", str(out)]
    )
    assert status == 1
    assert "PySide6 6.12.0 cannot run on Python 3.11.7" in capsys.readouterr().err
    assert not out.exists()


def test_the_pinned_pair_is_sound_for_every_supported_python():
    """pyproject.toml allows no PySide6 6.12 where Python may be older than 3.12."""
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in project["project"]["dependencies"] if d.lower().startswith("pyside6")]
    assert pins == ["PySide6-Essentials>=6.11.3,<6.12"]
    assert project["project"]["requires-python"] == ">=3.11"
