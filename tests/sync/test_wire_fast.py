"""The import's fast path (app.sync.wire._values_pass) may only pass a field value the
full checks (_check_values, which word every refusal) pass as well: for every field of
every synced table, good values and the bad values of each kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.errors import BundleRefused
from app.sync.wire import _check_values, _values_pass, schema

TODAY = dt.date(2026, 12, 8)
UUID = "0193a5f2-7c1e-7a3b-8c4d-5e6f7a8b9c0d"


def candidates(kind: str, max_len: int, codes: frozenset[str]) -> list[Any]:
    """Good values of the kind, and values that are wrong in every way the checks know."""
    code = sorted(codes)[0] if codes else "x"
    common: list[Any] = [None, True, False, 0, 1, -1, 1 << 53, 2.0, -0.0, 0.5, "", "x",
                         [], [code], {}, UUID, UUID.upper(), " " + UUID, UUID + "\n",
                         "2026-11-02", "2026-13-01", "2099-01-01", "1899-12-31", "2026-1-02",
                         "２０２６-11-02", code, [code, code], [1], ["nope"], code.upper()]
    texts = ["a" * max_len, "a" * (max_len + 1), "好" * min(max_len, 300),
             "a\nb", "a\tb", "a\x00b", "a\u200bb", "a\u2028b", "\ud800", "a\x7fb",
             "13812345678", "0771-5551234", "0771-5551234-808", "1381234567",
             "450102199001011234", "45010219900101123X", "45010219900101123x"]
    numbers = [0.0, 1.0, 16.25, 168.0, 168.5, 744.0, 745.0, 1e-7, 1440, 1441, 30, -5]
    return common + texts + numbers


CASES = [(table, field, value) for table, specs in schema().items()
         for field, spec in specs.items()
         for value in candidates(spec.kind, spec.max_len, spec.codes)]


def full_check(table: str, values: dict[str, Any]) -> bool:
    try:
        _check_values(values, schema()[table], 1, table, UUID, TODAY)
    except BundleRefused:
        return False
    return True


@pytest.mark.parametrize("table", sorted(schema()))
def test_the_fast_path_never_passes_what_the_full_checks_refuse(table: str) -> None:
    passed = 0
    for t, field, value in CASES:
        if t != table:
            continue
        values = {field: value}
        if _values_pass(table, values, TODAY):
            passed += 1
            assert full_check(table, values), (table, field, value)
    assert passed  # the fast path does pass the good values
    assert not _values_pass(table, {"no_such_field": 1}, TODAY)


def test_a_whole_valid_create_passes_fast() -> None:
    values = {**dict.fromkeys(schema()["visit"]), "client_id": UUID, "mode": "home",
              "visit_date": "2026-11-02", "observations": "老人身体尚可，独居。\n子女在外务工。",
              "services": ["emotional_support"], "duration_min": 30}
    assert _values_pass("visit", values, TODAY)
    assert full_check("visit", values)
