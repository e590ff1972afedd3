"""What an assignment package will set up, read before importing it: the same checks as the import, nothing
written, and the same counts the import then reports."""

import pytest

from nxdesk.domain.messages import MessageError
from nxdesk.interchange.assign import import_assignment, preview_assignment, write_assignments
from nxdesk.store.db import open_db

from .test_packages import dump, figures_package, province  # noqa: F401


def test_the_preview_tells_what_the_import_then_does(province, tmp_path):  # noqa: F811
    province.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression)"
        " SELECT 2, id, 2024, '12,5' FROM targets WHERE code = 'KT01'"
    )
    _, ward_pkg = write_assignments(province, 2024, tmp_path)
    ward = open_db(tmp_path / "phuong.db")
    before = dump(ward)
    preview = preview_assignment(ward, ward_pkg)
    assert dump(ward) == before
    assert (preview.unit_code, preview.unit_name, preview.year, preview.level) == (
        "14755", "Phường Hạc Thành", 2024, "phuong",
    )  # fmt: skip
    assert preview.new_targets == preview.targets > 0 and "Kinh tế" in preview.sectors
    assert [plan for plan in preview.plans if plan[0] == "KT01"] == [
        ("KT01", "Thu ngân sách", "tỷ đồng", "12,5")
    ]
    report = import_assignment(ward, ward_pkg)
    assert (report.targets_created, report.plans_set, report.level_set) == (
        preview.new_targets, len(preview.plans), preview.level,
    )  # fmt: skip
    again = preview_assignment(ward, ward_pkg)
    assert again.new_targets == 0 and again.level is None


def test_the_preview_refuses_what_the_import_refuses(province, tmp_path):  # noqa: F811
    commune = open_db(tmp_path / "xa.db")
    before = dump(commune)
    with pytest.raises(MessageError) as refused:
        preview_assignment(commune, figures_package(tmp_path))
    assert [m.code for m in refused.value.messages] == ["package.kind"] and dump(commune) == before
