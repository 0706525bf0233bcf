"""Amounts of money: integer fen in, integer fen out, never a float.

`parse` reads what a clerk types ("1,234.56", "1234.5元", "¥ 80", full-width
digits) and refuses anything that could be read two ways ("1,23", "1.234,56",
"12.345") or is not an amount; `yuan` shows fen as "1,234.56"; `capital` writes
the capital-Chinese form used on vouchers and notices (壹仟贰佰叁拾肆元伍角陆分),
following the People's Bank rules for filling in bills.
"""

import re
import unicodedata

from app.errors import ValidationError

MAX_FEN = 999_999_999_999  # 9,999,999,999.99 元: far above any community fund
_AMOUNT = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?")
DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")
SECTIONS = ("", "万", "亿", "万亿")


def parse(text: str | None, *, field: str = "amount") -> int:
    """The fen of a typed amount; ValidationError (in Chinese, with what to type) otherwise."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    body = raw.removeprefix("¥").removeprefix("RMB").strip().removesuffix("元").strip()
    if not body:
        raise ValidationError("请填写金额，例如 1234.56（单位：元）。", field=field)
    if body.startswith(("-", "−", "(")) or "负" in body:
        raise ValidationError("金额不能为负数。更正已记账的分录请使用“红字冲销”。", field=field)
    match = _AMOUNT.fullmatch(body)
    if match is None:
        raise ValidationError(f"看不懂金额“{raw}”：请只写数字，千位可用逗号分隔，最多两位小数，"
                              "例如 1,234.56 或 1234.5元。", field=field)
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise ValidationError(f"金额“{raw}”超过两位小数：金额只记到分，请核对后重填。", field=field)
    fen = int(match["int"].replace(",", "")) * 100 + int(frac.ljust(2, "0") or 0)
    if fen > MAX_FEN:
        raise ValidationError(f"金额“{raw}”过大，请核对后重填。", field=field)
    return fen


def yuan(fen: int, *, grouped: bool = True) -> str:
    """1234.56 元 as "1,234.56" (negative amounts keep their sign)."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{part:02d}" if grouped else f"{sign}{whole}.{part:02d}"


def capital(fen: int) -> str:
    """壹仟贰佰叁拾肆元伍角陆分 for 123456 fen; 零元整 for 0; a negative amount starts with 负."""
    if abs(fen) > MAX_FEN:
        raise ValueError("amount out of range")
    sign = "负" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    jiao, fen_digit = divmod(part, 10)
    if whole == 0 and part == 0:
        return "零元整"
    out = f"{_integer(whole)}元" if whole else ""
    if jiao:
        out += f"{DIGITS[jiao]}角"
    elif fen_digit and whole:
        out += "零"
    if fen_digit:
        out += f"{DIGITS[fen_digit]}分"
    elif not jiao:
        out += "整"
    return sign + out


def _integer(n: int) -> str:
    digits = str(n)
    out, zero = "", False
    for i, char in enumerate(digits):
        pos = len(digits) - 1 - i
        if char == "0":
            zero = True
        else:
            if zero and out:
                out += "零"
            zero = False
            out += DIGITS[int(char)] + PLACES[pos % 4]
        if pos % 4 == 0 and pos and int(digits[max(0, i - 3):i + 1]):
            out += SECTIONS[pos // 4]
    return out
