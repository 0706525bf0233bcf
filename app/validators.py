"""Validation of personal identifiers, with messages that say how to fix them.

- Resident ID numbers follow GB 11643-1999: 17 digits and a check character
  (ISO 7064 MOD 11-2; 'X' stands for 10), a valid birth date in positions 7-14,
  and the 17th digit odd for men, even for women.
- Phone numbers: mainland mobile (11 digits starting 1[3-9]) or a landline with
  area code (0 + 2-3 digits, optional '-', 7-8 digits, optional extension).
"""

import datetime as dt
import re
import unicodedata

from app.errors import ValidationError

_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CHECK = "10X98765432"
_ID_RE = re.compile(r"^\d{17}[\dX]$")
_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


def id_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def normalize_id_number(raw: str) -> str:
    """Strip blanks, upper-case the x; raise ValidationError with a fix hint."""
    value = unicodedata.normalize("NFKC", raw or "").strip().replace(" ", "").upper()
    if not _ID_RE.match(value):
        raise ValidationError(
            f"身份证号“{raw}”格式不对：应为18位，前17位是数字，最后一位是数字或X。请核对证件后重新输入。",
            field="id_number",
        )
    birth = id_birth_date(value)
    if birth is None or birth > dt.date.today() or birth.year < 1890:
        raise ValidationError(
            f"身份证号“{raw}”中的出生日期（第7-14位）无效。请核对证件后重新输入。", field="id_number"
        )
    if id_check_char(value[:17]) != value[17]:
        raise ValidationError(
            f"身份证号“{raw}”校验位不对，可能有数字输错。请逐位核对证件后重新输入。", field="id_number"
        )
    return value


def id_birth_date(value: str) -> dt.date | None:
    try:
        return dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return None


def id_gender(value: str) -> str:
    """'M' or 'F' from the 17th digit."""
    return "M" if int(value[16]) % 2 else "F"


def is_valid_id_number(raw: str) -> bool:
    try:
        normalize_id_number(raw)
    except ValidationError:
        return False
    return True


def normalize_phone(raw: str) -> str:
    value = re.sub(r"[\s()（）]", "", unicodedata.normalize("NFKC", raw or ""))
    if value.startswith("+86"):
        value = value[3:]
    if _MOBILE_RE.match(value) or _LANDLINE_RE.match(value):
        return value
    raise ValidationError(
        f"电话号码“{raw}”格式不对：手机号为1开头的11位数字，固定电话为区号加号码（如 0914-2312345）。请核对后重新输入。",
        field="phone",
    )


def is_valid_phone(raw: str) -> bool:
    try:
        normalize_phone(raw)
    except ValidationError:
        return False
    return True
