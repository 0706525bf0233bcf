"""ID numbers (GB 11643), phone numbers and masking."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.privacy import mask_id_number, mask_phone
from app.validators import (
    id_birth_date,
    id_check_char,
    id_gender,
    is_valid_id_number,
    is_valid_phone,
    normalize_id_number,
    normalize_phone,
)

birth_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31))
areas = st.from_regex(r"[1-6][0-9]{5}", fullmatch=True)
sequences = st.from_regex(r"[0-9]{3}", fullmatch=True)


def make_id(area: str, birth: dt.date, seq: str) -> str:
    first17 = f"{area}{birth:%Y%m%d}{seq}"
    return first17 + id_check_char(first17)


@given(areas, birth_dates, sequences)
def test_every_well_formed_id_is_accepted_with_its_birth_date_and_gender(area, birth, seq):
    number = make_id(area, birth, seq)
    assert normalize_id_number(number) == number
    assert id_birth_date(number) == birth
    assert id_gender(number) == ("M" if int(seq[-1]) % 2 else "F")


@given(areas, birth_dates, sequences, st.integers(min_value=0, max_value=16), st.integers(1, 9))
def test_a_single_wrong_digit_is_caught(area, birth, seq, pos, delta):
    number = make_id(area, birth, seq)
    wrong = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1:]
    assert not is_valid_id_number(wrong)


def test_known_id_and_lowercase_x():
    assert normalize_id_number("11010519491231002x") == "11010519491231002X"
    assert normalize_id_number(" 110105 19491231002X ") == "11010519491231002X"


@pytest.mark.parametrize("bad", ["", "123", "11010519491231002Y", "110105194912310021", "110105194902300024"])
def test_bad_id_numbers_say_what_to_do(bad):
    with pytest.raises(ValidationError) as info:
        normalize_id_number(bad)
    assert info.value.field == "id_number"
    assert "请" in info.value.message


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobile_numbers(number):
    assert normalize_phone(number) == number
    assert normalize_phone("+86 " + number) == number
    masked = mask_phone(number)
    assert masked == number[:3] + "****" + number[-4:]


@given(st.from_regex(r"0[0-9]{2,3}-[0-9]{7,8}", fullmatch=True))
def test_landlines(number):
    assert is_valid_phone(number)


@pytest.mark.parametrize("bad", ["12345678901", "1381234567", "abc", "", "138-1234-567a"])
def test_bad_phones(bad):
    with pytest.raises(ValidationError) as info:
        normalize_phone(bad)
    assert "手机号" in info.value.message


def test_id_masking_matches_the_list_rule():
    assert mask_id_number("610102199001011234") == "610102********1234"
    assert mask_id_number("") == ""


def test_full_width_digits_from_a_chinese_input_method():
    assert normalize_id_number("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert normalize_phone("１３８１２３４５６７８") == "13812345678"
