"""The starting lists of resources/starting/: a commune's and a province's typical targets."""

import pytest

from nxdesk.starting import load_starting_list, starting_rows
from nxdesk.store.targets import list_targets

SECTORS = {
    "Kinh tế",
    "Văn hóa - Xã hội",
    "Môi trường",
    "Quốc phòng - An ninh",
    "Xây dựng Đảng và hệ thống chính trị",
}


@pytest.mark.parametrize("level", ["xa", "tinh"])
def test_each_list_is_20_to_25_targets_in_the_five_sectors(level):
    rows = starting_rows(level)
    main = [r for r in rows if not r["parent"]]
    assert 20 <= len(main) <= 25
    assert {r["sector"] for r in rows} == SECTORS
    assert {r["kind"] for r in rows} == {"flow", "level"}
    assert {r["direction"] for r in rows} == {"up", "down"}
    assert all(r["decimals"].isdigit() and 0 <= int(r["decimals"]) <= 4 for r in rows)
    assert len({r["code"] for r in rows}) == len(rows)


def test_a_commune_list_has_what_a_congress_resolution_sets():
    names = " | ".join(r["name"].lower() for r in starting_rows("xa"))
    for words in (
        "thu ngân sách",
        "thu nhập bình quân",
        "sản lượng lương thực",
        "doanh nghiệp",
        "nông thôn mới",
        "hộ nghèo",
        "bảo hiểm y tế",
        "trường đạt chuẩn",
        "nước sạch",
        "chất thải rắn",
        "tuyển quân",
        "kết nạp đảng viên",
        "tổ chức đảng hoàn thành tốt",
    ):
        assert words in names, words


@pytest.mark.parametrize("level", ["xa", "phuong", "dac_khu", "tinh"])
def test_loaded_through_the_importer_for_the_year_without_values(db, level):
    report = load_starting_list(db, level, 2026)
    assert report.ok, report.issues
    targets = list_targets(db, 2026)
    assert len(targets) == len(starting_rows(level))
    assert db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 0
    assert all(t.plan_upper is None and t.plan_own is None for t in targets)
    party = next(t for t in targets if t.code == "XD01")
    assert party.decimals == 0 and party.unit == "đảng viên"
    wanted = {r["code"]: int(r["decimals"]) for r in starting_rows(level)}
    assert {t.code: t.decimals for t in targets} == wanted
