"""The page of an official document after GB/T 9704-2012 practice, in reportlab.

A4; top margin 37 mm, binding (left) margin 28 mm, text area 156 × 225 mm; the
issuing organisation in red over a red rule (版头) with the document number 文号;
the title in 2号 (22 pt) 黑体/小标宋, the body in 3号 (16 pt) 仿宋 at 22 lines a
page; page numbers "— 1 —" in 4号 (14 pt) 7 mm under the text area, odd pages on
the right and even pages on the left; the issuer and the date in Chinese
(二〇二六年十一月二十七日) at the end, with a place for the seal. Tables repeat
their header row on every page and wrap long names inside their cells.

`build()` returns the PDF bytes. The output is invariant (reportlab's
`invariant=1`: no creation time, no random ids), so the same notice from the
same data is the same bytes; its creation date is the issue date printed on it.
"""

import datetime as dt
import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _paragraph

from app.notices.fonts import FontSet

# Chinese line breaking (禁则): reportlab 5.1's list of characters that may not start a line
# lacks the full-width comma, colon, semicolon, question and exclamation marks and closing
# quotes; its CJK wrapper reads this module global.
_paragraph.ALL_CANNOT_START += "".join(c for c in "，：；？！》”’" if c not in _paragraph.ALL_CANNOT_START)

RED = colors.HexColor("#C00000")
TOP, LEFT, WIDTH, HEIGHT = 37 * mm, 28 * mm, 156 * mm, 225 * mm
BODY_PT, TITLE_PT, TABLE_PT, SMALL_PT, FOLIO_PT = 16, 22, 12, 10.5, 14  # 3号, 2号, 小四, 五号, 4号
LINE = HEIGHT / 22  # 22 lines a page
DIGITS = "〇一二三四五六七八九"


def chinese_date(day: dt.date) -> str:
    """二〇二六年十一月二十七日 (GB/T 9704: the year in full, no leading zeros)."""
    def number(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ("" if tens < 2 else DIGITS[tens]) + ("十" if tens else "") + (DIGITS[ones] if ones else "")
    year = "".join(DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{number(day.month)}月{number(day.day)}日"


@dataclass
class Styles:
    fonts: FontSet
    _made: dict = field(default_factory=dict)

    def __post_init__(self):
        body, title = self.fonts.body.name, self.fonts.title.name
        base = dict(fontName=body, fontSize=BODY_PT, leading=LINE, wordWrap="CJK")
        self.body = ParagraphStyle("body", **base, alignment=TA_JUSTIFY, firstLineIndent=2 * BODY_PT)
        self.plain = ParagraphStyle("plain", **base, alignment=TA_LEFT)
        self.right = ParagraphStyle("right", **base, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", fontName=title, fontSize=TITLE_PT, leading=TITLE_PT * 1.6,
                                    alignment=TA_CENTER, wordWrap="CJK", spaceAfter=LINE * 0.5)
        self.heading = ParagraphStyle("heading", fontName=title, fontSize=BODY_PT, leading=LINE, wordWrap="CJK",
                                      firstLineIndent=2 * BODY_PT)
        self.cell = ParagraphStyle("cell", fontName=body, fontSize=TABLE_PT, leading=TABLE_PT * 1.35,
                                   wordWrap="CJK")
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT, wordWrap=None)
        self.head_cell = ParagraphStyle("head_cell", parent=self.cell, fontName=title, alignment=TA_CENTER)
        # 五号 for wide tables (a detail list of seven columns)
        self.small_cell = ParagraphStyle("small_cell", parent=self.cell, fontSize=SMALL_PT, leading=SMALL_PT * 1.35)
        self.small_right = ParagraphStyle("small_right", parent=self.small_cell, alignment=TA_RIGHT, wordWrap=None)
        self.small_keep = ParagraphStyle("small_keep", parent=self.small_cell, wordWrap=None)  # codes, dates
        self.small_head = ParagraphStyle("small_head", parent=self.head_cell, fontSize=SMALL_PT,
                                         leading=SMALL_PT * 1.35)
        self.issuer = ParagraphStyle("issuer", fontName=title, fontSize=30, leading=36, alignment=TA_CENTER,
                                     textColor=RED, wordWrap="CJK")
        self.number = ParagraphStyle("number", fontName=body, fontSize=BODY_PT, leading=LINE, alignment=TA_CENTER)
        self.small = ParagraphStyle("small", fontName=body, fontSize=TABLE_PT, leading=TABLE_PT * 1.5,
                                    wordWrap="CJK")


class RedRule(Flowable):
    """The red separator line of the 版头."""

    def __init__(self, width: float = WIDTH):
        super().__init__()
        self.width, self.height = width, 2 * mm

    def draw(self):
        self.canv.setStrokeColor(RED)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, self.height / 2, self.width, self.height / 2)


class SealPlace(Flowable):
    """A dashed circle where the seal goes (盖章处), on the issuer and date."""

    def __init__(self, font: str, diameter: float = 42 * mm):
        super().__init__()
        self.font, self.width, self.height = font, diameter, 0

    def draw(self):
        c, r = self.canv, self.width / 2
        c.saveState()
        c.setStrokeColor(colors.HexColor("#B0B0B0"))
        c.setDash(3, 3)
        x, y = WIDTH - 4 * BODY_PT - r, -LINE  # centred on the issuer and the date below
        c.circle(x, y, r)
        c.setFont(self.font, 10)
        c.setFillColor(colors.HexColor("#909090"))
        c.drawCentredString(x, y - r - 12, "（盖章）")
        c.restoreState()


def table(styles: Styles, header: list[str], rows: list[list], widths: list[float], *,
          numeric: set[int] = frozenset(), total: list | None = None, small: bool = False,
          codes: set[int] = frozenset()) -> Table:
    """A table whose header repeats on every page; text cells wrap between any two Chinese
    characters (long names never overflow), numbers (right-aligned) and codes (dates,
    voucher numbers) only at spaces. `widths` are relative; `small` sets it in 五号
    (10.5 pt) instead of 小四 (12 pt)."""
    head_style, text, right = ((styles.small_head, styles.small_cell, styles.small_right) if small
                               else (styles.head_cell, styles.cell, styles.cell_right))
    keep = styles.small_keep if small else ParagraphStyle("keep", parent=styles.cell, wordWrap=None)

    def cell(value, col: int, head: bool = False):
        style = head_style if head else right if col in numeric else keep if col in codes else text
        return Paragraph(_escape(value), style)
    data = [[cell(h, i, True) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    if total is not None:
        data.append([cell(v, i) for i, v in enumerate(total)])
    scale = WIDTH / sum(widths)
    result = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.body.name),  # no default Helvetica resource
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if total is not None:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F5F5F5")))
    result.setStyle(TableStyle(commands))
    return result


def _escape(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_escape(text), style)


def title_para(text: str, styles: "Styles") -> Paragraph:
    """The title in lines of nearly equal length (GB/T 9704: a balanced 梯形 or 菱形), so that no
    line — the last least — holds a single character ("示" alone under 经费使用情况公)."""
    style = styles.title
    lines = 1
    while True:
        parts = _balanced(text, lines)
        if all(stringWidth(p, style.fontName, style.fontSize) <= WIDTH for p in parts):
            return Paragraph("<br/>".join(_escape(p) for p in parts), style)
        lines += 1


def _balanced(text: str, lines: int) -> list[str]:
    """`text` cut into `lines` runs of about equal length, never inside a number (2026)."""
    cuts, size = [0], len(text) / lines
    for i in range(1, lines):
        cut = max(round(i * size), cuts[-1] + 1)
        while 0 < cut < len(text) and text[cut - 1].isascii() and text[cut].isascii() and cut > cuts[-1] + 1:
            cut -= 1
        cuts.append(cut)
    return [text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True) if text[a:b]]


def signature_parts(styles: Styles, issuer: str, day: dt.date, *, seal: bool = True) -> list:
    """The issuer and the date in Chinese, right-aligned (two characters in from the right), with the
    seal place — as a plain list, to put inside a caller's own KeepTogether."""
    pad = "　" * 2
    parts = [Spacer(1, LINE), para(issuer + pad, styles.right), para(chinese_date(day) + pad, styles.right)]
    if seal:
        parts.insert(1, SealPlace(styles.fonts.body.name))
    return parts


def signature(styles: Styles, issuer: str, day: dt.date, *, seal: bool = True) -> KeepTogether:
    """signature_parts() kept on one page."""
    return KeepTogether(signature_parts(styles, issuer, day, seal=seal))


def build(story: list, *, fonts: FontSet, title: str, subject: str = "", author: str = "GridDesk",
          issued: dt.date | None = None) -> tuple[bytes, int]:
    """The PDF bytes of the story and its page count; `issued` is the PDF's creation date (the
    date printed on it: invariant output would otherwise say 2000-01-01)."""
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LEFT, rightMargin=A4[0] - LEFT - WIDTH, topMargin=TOP,
                          bottomMargin=A4[1] - TOP - HEIGHT, title=title, author=author, subject=subject,
                          creator="GridDesk 网格治理工作台", keywords=f"字体：{fonts.describe()}", invariant=1,
                          lang="zh-CN", initialFontName=fonts.body.name, initialFontSize=BODY_PT)
    frame = Frame(LEFT, A4[1] - TOP - HEIGHT, WIDTH, HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_folio(fonts.body.name, issued))])
    doc.build(story)
    return out.getvalue(), doc.page


def _folio(font: str, issued: dt.date | None = None):
    """Page numbers "— 1 —" 7 mm under the text area: odd pages right, even pages left (one character in)."""
    def draw(canvas, doc):
        if issued is not None:  # the same day gives the same bytes: still invariant
            canvas.setDateFormatter(lambda *_ymdhms: f"D:{issued:%Y%m%d}000000+08'00'")
        y = A4[1] - TOP - HEIGHT - 7 * mm - FOLIO_PT
        text = f"— {doc.page} —"
        canvas.saveState()
        canvas.setFont(font, FOLIO_PT)
        if doc.page % 2:
            canvas.drawRightString(LEFT + WIDTH - FOLIO_PT, y, text)
        else:
            canvas.drawString(LEFT + FOLIO_PT, y, text)
        canvas.restoreState()
    return draw


def head(styles: Styles, *, title: str, issuer: str | None = None, number: str | None = None) -> list:
    """The 版头 (issuer in red, the document number, the red rule) when there is an issuer, then the title."""
    story: list = []
    if issuer:
        story += [para(issuer, styles.issuer), Spacer(1, LINE * 0.4)]
        if number:
            story.append(para(number, styles.number))
        story += [RedRule(), Spacer(1, LINE * 0.6)]
    elif number:
        story.append(para(number, styles.right))
    story.append(title_para(title, styles))
    return story
