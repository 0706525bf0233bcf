"""Validation of personal identifiers, with messages that say how to fix them.

- Resident ID numbers follow GB 11643-1999: 17 digits and a check character
  (ISO 7064 MOD 11-2; 'X' stands for 10), a valid birth date in positions 7-14,
  and the 17th digit odd for men, even for women.
- Phone numbers: mainland mobile (11 digits starting 1[3-9]) or a landline with
  area code (0 + 2-3 digits, optional '-', 7-8 digits, optional extension).
- Text typed by a clerk or read from a roster (check_input): every text field of every input
  dataclass declares its maximum and its Chinese label with text_field(); control characters
  (a BEL breaks every Excel export), lone surrogates and invisible format characters — the
  bidi overrides such as U+202E that make a name display as something else, zero-width
  spaces, BOMs — are refused with a message naming the field. Multi-line fields accept line
  breaks and tabs.
- Search boxes (search_text): such characters are dropped, never sent to SQL or FTS.
"""

import dataclasses
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


# -- text fields ---------------------------------------------------------------------------
REF_MAX = 64  # a field without text_field(): a reference (a uuid), never typed by a clerk
SEARCH_MAX = 100
_LINE_BREAKS = "\n\r\t"
_INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}  # control, format (bidi, zero-width), surrogate, separators


def text_field(max_length: int, label: str, *, multiline: bool = False, default=""):
    """A dataclass field holding typed text: its maximum (shown in the widget too) and its label."""
    return dataclasses.field(default=default, metadata={"max_length": max_length, "label": label,
                                                        "multiline": multiline})


def max_length(cls, name: str) -> int:
    """The maximum of a text field of an input dataclass (the widget's setMaxLength)."""
    return next(f.metadata.get("max_length", REF_MAX) for f in dataclasses.fields(cls) if f.name == name)


def _bad_character(value: str, multiline: bool) -> tuple[int, str] | None:
    for i, char in enumerate(value, start=1):
        if unicodedata.category(char) in _INVISIBLE and not (multiline and char in _LINE_BREAKS):
            return i, char
    return None


def has_invisible(value: str, *, multiline: bool = True) -> bool:
    """Does the text hold a control, bidi-override or other invisible character (line breaks
    and tabs allowed in multi-line text)? Bundle rows are checked with it too."""
    return _bad_character(value, multiline) is not None


def check_text(value: str, *, label: str, limit: int, field: str | None = None, multiline: bool = False) -> None:
    """Refuse invisible characters and text longer than `limit`, naming the field and the fix."""
    bad = _bad_character(value, multiline)
    if bad is not None:
        i, char = bad
        kind = "控制字符" if unicodedata.category(char) == "Cc" else "改变文字方向或看不见的格式字符"
        raise ValidationError(f"“{label}”第 {i} 个字是{kind}（U+{ord(char):04X}），多半是从别处复制时带来的，"
                              "会让显示或导出的内容出错。请删除它后重新输入。", field=field)
    if len(value) > limit:
        raise ValidationError(f"“{label}”最多 {limit} 个字，现在有 {len(value)} 个字。请删减后再保存。", field=field)


def check_input(data) -> None:
    """Check every text field of an input dataclass (and of the dataclasses in its lists)."""
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        items = value if isinstance(value, list | tuple) else [value]
        for item in items:
            if dataclasses.is_dataclass(item):
                check_input(item)
            elif isinstance(item, str):
                check_text(item, label=f.metadata.get("label", f.name), limit=f.metadata.get("max_length", REF_MAX),
                           field=f.name, multiline=f.metadata.get("multiline", False))


def search_text(query: str | None) -> str:
    """What a search box may look for: invisible characters become spaces, at most SEARCH_MAX
    characters, trimmed. The result is only ever bound as a parameter or quoted as an FTS phrase."""
    value = "".join(" " if unicodedata.category(c) in _INVISIBLE else c for c in (query or "")[:SEARCH_MAX])
    return value.strip()
