"""Fixtures of the interface tests."""

import pytest


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese catalogue installed for the test (compiled on the fly when the .qm is missing)."""
    from nxdesk.ui.i18n import install_translator, remove_translators

    assert install_translator("vi"), "the Vietnamese catalogue must load (compiled on the fly if needed)"
    yield
    remove_translators()
