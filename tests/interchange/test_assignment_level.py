"""Importing an assignment package gives the receiving office the level the assigning office registered for
it (a commune, a ward) while its own level is still unset or the default; a level the clerk chose stays."""

import pytest

from nxdesk.domain.levels import level_from_assignment
from nxdesk.interchange.assign import import_assignment, write_assignments
from nxdesk.store.db import open_db
from nxdesk.store.settings import load_settings, set_setting

from .test_packages import province  # noqa: F401


def stored_level(db):
    row = db.execute("SELECT value FROM settings WHERE key = 'level'").fetchone()
    return row[0] if row else None


@pytest.mark.parametrize(
    ("stored", "assigned", "taken"),
    [
        (None, "xa", "xa"), (None, "phuong", "phuong"), ("xa", "phuong", "phuong"), ("xa", "xa", None),
        ("huyen", "phuong", None), ("tinh", "xa", None), ("phuong", "xa", None), (None, "thon", None),
        (None, None, None),
    ],
)  # fmt: skip
def test_the_level_an_assignment_gives(stored, assigned, taken):
    assert level_from_assignment(stored, assigned) == taken


def test_a_ward_receiving_its_assignment_becomes_a_ward(province, tmp_path):  # noqa: F811
    commune_pkg, ward_pkg = write_assignments(province, 2024, tmp_path)
    ward = open_db(tmp_path / "phuong.db")
    assert stored_level(ward) is None
    report = import_assignment(ward, ward_pkg)
    assert report.level_set == "phuong" and load_settings(ward).level == "phuong"
    commune = open_db(tmp_path / "xa.db")
    assert import_assignment(commune, commune_pkg).level_set == "xa" and stored_level(commune) == "xa"
    chosen = open_db(tmp_path / "huyen.db")
    set_setting(chosen, "level", "huyen")
    assert import_assignment(chosen, ward_pkg).level_set is None and stored_level(chosen) == "huyen"
    dry = open_db(tmp_path / "dry.db")
    import_assignment(dry, ward_pkg, dry_run=True)
    assert stored_level(dry) is None
