"""Age and masked ID numbers, as every screen shows them."""

from __future__ import annotations

import datetime as dt

from app.models.people import age_on, mask_id_number
from app.models.validation import id_check_digit


def test_mask_and_age() -> None:
    number = "45011020150603011"
    number += id_check_digit(number)
    assert mask_id_number(number) == "4501**********" + number[-4:]
    assert mask_id_number(None) == "" and mask_id_number("12345") == "12345"
    assert age_on(dt.date(2015, 6, 3), dt.date(2025, 6, 2)) == 9
    assert age_on(dt.date(2015, 6, 3), dt.date(2025, 6, 3)) == 10
    assert age_on(None) is None
