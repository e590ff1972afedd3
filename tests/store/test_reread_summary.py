"""After a write to some targets' figures, their rows read again equal the whole period read anew."""

from __future__ import annotations

import pytest

from nxdesk.domain.summary import with_rows_replaced
from nxdesk.store.entries import set_entry
from nxdesk.store.locks import lock_period
from nxdesk.store.summary import live_summary_inputs, load_summary, reread_targets
from nxdesk.store.targets import target_id


def _same(a, b) -> None:
    assert a.rows == b.rows and a.counts == b.counts and a.period == b.period and a.level == b.level


@pytest.mark.parametrize(
    "writes",
    [
        [("KT01", 2024, 9, {"value": 20000.0, "status": "official"})],  # over the plan: assessment moves
        [("KT01", 2024, 9, {"value": None})],  # cleared: "no figure" counted
        [("KT02", 2023, 9, {"value": 1.5, "status": "official"})],  # last year's column
        [("KT01", 2024, 9, {"value": 1.0}), ("MT01", 2024, 9, {"value": 99.0, "note": "ước"})],
    ],
)
def test_the_written_targets_read_again_equal_the_period_read_anew(demo_db, writes):
    before = load_summary(demo_db, 2024, 9)
    ids = set()
    for code, year, months, fields in writes:
        tid = target_id(demo_db, code)
        set_entry(demo_db, tid, year, months, **fields)
        ids.add(tid)
    _same(reread_targets(demo_db, before, ids), load_summary(demo_db, 2024, 9))


def test_a_locked_period_is_read_whole_as_kept_at_locking(demo_db):
    kt01 = target_id(demo_db, "KT01")
    before = load_summary(demo_db, 2024, 9)
    lock_period(demo_db, 2024, 9)
    set_entry(demo_db, kt01, 2023, 9, value=7.0, status="official")  # last year stays open
    _same(reread_targets(demo_db, before, {kt01}), load_summary(demo_db, 2024, 9))


def test_a_target_without_a_row_is_not_replaced(demo_db):
    summary = load_summary(demo_db, 2024, 9)
    stranger = live_summary_inputs(demo_db, 2024, 9, target_ids=[target_id(demo_db, "KT01")])[0]
    assert with_rows_replaced(summary, [stranger]) is not None
    moved = type(stranger)(**{**stranger.__dict__, "target_id": -1})
    assert with_rows_replaced(summary, [moved]) is None
