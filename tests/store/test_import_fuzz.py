"""Arbitrary rows and arbitrary files thrown at the importer: no exception escapes, every refusal says
where and why, and the store is exactly as it was after each refusal (and after each dry run)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nxdesk.demo import load_demo
from nxdesk.domain.messages import CATALOG
from nxdesk.interchange.csv_import import import_rows
from nxdesk.interchange.table import COLUMNS, RawRow, TableError, read_csv_rows
from nxdesk.store.db import open_db
from nxdesk.store.locks import lock_period

_DB = None


def _db():
    """One demo database (in memory) shared by the examples, with 9 tháng 2023 locked."""
    global _DB
    if _DB is None:
        _DB = open_db(":memory:")
        assert load_demo(_DB).ok
        lock_period(_DB, 2023, 9, "fuzz")
    return _DB


def _snapshot(db):
    return list(db.conn.iterdump())


PLAUSIBLE = {
    "code": st.sampled_from(["KT01", "KT02", "VH01", "NEW1", "NEW2", "", "kt01", "X" * 40]),
    "name": st.sampled_from(["Thu ngân sách", "Chỉ tiêu mới", "", "Trồng rừng"]),
    "unit": st.sampled_from(["tỷ đồng", "ha", "%", "đảng viên", "tấn", ""]),
    "year": st.sampled_from(["2023", "2024", "2025", "1899", "x", "", "2024.0", "-1"]),
    "months": st.sampled_from(["1", "6", "9", "12", "0", "13", "", "9,5"]),
    "sector": st.sampled_from(["Kinh tế", "Mới", ""]),
    "kind": st.sampled_from(["flow", "level", "FLOW", "stock", ""]),
    "direction": st.sampled_from(["up", "down", "sideways", ""]),
    "parent": st.sampled_from(["", "KT01", "NEW1", "NEW2", "NOPE"]),
    "plan_upper": st.sampled_from(["25.000", "≥ 70", "dưới 3", "6,6-6,8", "6,8-6,6", "khoảng 4", "x", ""]),
    "plan_own": st.sampled_from(["770", "trên 70", "~4", "", "1.401"]),
    "baseline": st.sampled_from(["", "3,5", "1.401", "-2", "abc"]),
    "value": st.sampled_from(["", "1.401,351", "1401.351", "1.401", "-5", "12,5", "1e5", "∞"]),
    "status": st.sampled_from(["", "estimate", "official", "final", "Ước", "chính thức"]),
    "last_year_value": st.sampled_from(["", "726,1", "12", "x"]),
    "note": st.sampled_from(["", "ghi chú", 'a;b,c"d', "x\x00y", "ghi\u200bchú"]),
    "plan_term": st.sampled_from(["", "≥ 90", "x"]),
    "decimals": st.sampled_from(["", "0", "2", "5", "x"]),
    "expected_year_end": st.sampled_from(["", "28.500", "12,5", "-1"]),
}


@st.composite
def rows(draw):
    columns = draw(st.lists(st.sampled_from(COLUMNS), unique=True, min_size=0, max_size=len(COLUMNS)))
    count = draw(st.integers(min_value=0, max_value=5))
    out = []
    for n in range(count):
        cells = {}
        for column in columns:
            cells[column] = draw(st.one_of(PLAUSIBLE[column], st.text(max_size=12)))
        out.append(RawRow(n + 2, cells))
    return out


def _check(db, raw, decimal, dry_run):
    before = _snapshot(db)
    report = import_rows(db, raw, decimal, dry_run)
    if not report.ok:
        for issue in report.issues:
            assert isinstance(issue.where.line, int) and issue.where.column and issue.code in CATALOG
            assert str(issue).startswith(f"line {issue.where.line}, column {issue.where.column}: ")
        assert _snapshot(db) == before
    elif dry_run:
        assert _snapshot(db) == before
    return report


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows(), st.sampled_from([None, "comma", "dot"]), st.booleans())
def test_arbitrary_rows_never_escape_and_refusals_change_nothing(raw, decimal, dry_run):
    _check(_db(), raw, decimal, dry_run)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.lists(st.lists(st.text(max_size=10), max_size=6), max_size=5).map(
            lambda lines: (
                "code,name,unit,year,months,value\n" + "\n".join(",".join(c) for c in lines)
            ).encode()
        ),
    )
)
def test_arbitrary_files_never_escape(data):
    db = _db()
    before = _snapshot(db)
    try:
        raw = read_csv_rows(data)
    except TableError as exc:
        assert exc.issues and all(str(i) for i in exc.issues)
        assert _snapshot(db) == before
        return
    _check(db, raw, None, False)


def test_a_refused_row_beside_good_rows_writes_nothing():
    db = _db()
    raw = [
        RawRow(
            2,
            {
                "code": "KT01",
                "name": "Thu ngân sách",
                "unit": "tỷ đồng",
                "year": "2024",
                "months": "6",
                "value": "900,5",
            },
        ),
        RawRow(
            3,
            {
                "code": "KT02",
                "name": "Giải ngân",
                "unit": "tỷ đồng",
                "year": "2023",
                "months": "9",
                "value": "1,5",
            },
        ),  # locked period
    ]
    report = _check(db, raw, "comma", False)
    assert [str(i) for i in report.issues] == ["line 3, column value: period 9/2023 is locked"]
