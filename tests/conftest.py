"""Shared fixtures. Qt runs headless: the platform is set before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# No per-example deadline (a loaded CI machine is slow, not wrong); on CI the examples are derived from the
# test's name, so a run there is repeatable — exploring new inputs is what local runs are for.
settings.register_profile("nxdesk", deadline=None, derandomize=bool(os.environ.get("CI")), print_blob=True)
settings.load_profile("nxdesk")

from nxdesk.store.db import open_db  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "nxdesk.db"


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def demo_db(db):
    from nxdesk.demo import load_demo

    report = load_demo(db)
    assert report.ok, report.issues
    return db


@pytest.fixture
def fake_dialogs():
    """Replace every message box and file dialog with a scripted fake (``fake_dialogs.answers``)."""
    from nxdesk.ui.dialog_service import set_dialogs

    from .ui.fakes import FakeDialogs

    fake = FakeDialogs()
    previous = set_dialogs(fake)
    yield fake
    set_dialogs(previous)


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests(request):
    """Finish each test's Qt objects before the next test paints anything: pytest-qt closes the test's widgets
    at teardown; collecting here deletes their wrappers while nothing is being painted (a collection that
    happened to run inside a later paint event could free pyqtgraph items that scene was still drawing)."""
    yield
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        import gc

        from PySide6.QtCore import QCoreApplication, QEvent

        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        gc.collect()


# A test of nxdesk never skips: a missing tool or a broken import of the package fails the run.
# Only a test that cannot mean anything on the running platform may skip, and says so in these words.
ALLOWED_SKIP_REASONS = ("only Linux can lack a display",)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if not any(allowed in reason for allowed in ALLOWED_SKIP_REASONS):
            report.outcome = "failed"
            report.longrepr = f"a test of nxdesk may not skip ({reason}): install what it needs (see .ci/run)"
