"""Making a notice: the fonts, the number, the PDF bytes, and the register.

`preview()` renders what `issue()` would issue (same number, same date, same
bytes) without registering it. `issue()` registers the notice (kind, number,
subject, who, when, SHA-256) and keeps the file beside the database; asking again
for the same notice (kind, org unit, period, record) from unchanged data returns
the registered one — same number, same bytes — while changed data gives a new
number. `verify()` finds the register entry of a printed copy's file.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.auth import require
from app.errors import NotFound, ValidationError
from app.files import write_bytes
from app.notices import fonts as font_resolver
from app.notices.document import Styles, build
from app.notices.kinds import Meta, NoticeRequest, Page, load
from app.org import short_name
from app.scope import check_unit
from app.session import get_value
from db.connection import database
from db.models import Level, Notice

LEVEL_MARK = {int(Level.DISTRICT): "区", int(Level.SUBDISTRICT): "街", int(Level.COMMUNITY): "社"}


@dataclass(frozen=True)
class Issued:
    notice: Notice | None  # None for a preview
    pdf: bytes
    number: str
    font: str
    pages: int
    sha256: str


def kind_of(request: NoticeRequest):
    kinds = load()
    if request.kind not in kinds:
        raise ValidationError(f"没有“{request.kind}”这种公示。可用的有：{'、'.join(kinds)}。", field="kind")
    kind = kinds[request.kind]
    missing = [n for n in kind.needs if getattr(request, {"id": "record_uuid"}.get(n, n)) is None]
    if missing:
        words = {"org": "组织单位（--org）", "period": "期间（--period）", "id": "记录编号（--id）"}
        raise ValidationError(f"“{kind.label}”需要指定{'、'.join(words[m] for m in missing)}。", field=missing[0])
    return kind


def preview(request: NoticeRequest, *, today: dt.date | None = None) -> Issued:
    require("read")
    kind = kind_of(request)
    meta = _meta(kind, request)
    previous = _previous(request.kind, meta)
    if previous is not None:
        return _render(kind, request, meta, previous.number, previous.issued_on)
    day = today or dt.date.today()
    return _render(kind, request, meta, _next_number(request.kind, meta, day), day)


def issue(request: NoticeRequest, *, today: dt.date | None = None) -> Issued:
    require("write")
    kind = kind_of(request)
    meta = _meta(kind, request)
    with database.atomic(lock_type="IMMEDIATE"):
        previous = _previous(request.kind, meta)
        if previous is not None:
            again = _render(kind, request, meta, previous.number, previous.issued_on)
            if again.sha256 == previous.sha256:
                _keep(again.pdf, again.sha256)
                return Issued(previous, again.pdf, previous.number, previous.font, previous.pages, previous.sha256)
        day = today or dt.date.today()
        made = _render(kind, request, meta, _next_number(request.kind, meta, day), day)
        _keep(made.pdf, made.sha256)
        row = Notice.create(kind=request.kind, number=made.number, subject=meta.subject, org_unit=meta.org,
                            period=meta.period, record_uuid=meta.record_uuid, issued_on=day, sha256=made.sha256,
                            size=len(made.pdf), pages=made.pages, font=made.font)
    return Issued(row, made.pdf, made.number, made.font, made.pages, made.sha256)


def verify(path: Path | str) -> Notice:
    """The register entry of a PDF file (a copy sent around, a file re-saved): by its SHA-256."""
    require("read")
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    row = Notice.live().where(Notice.sha256 == digest).order_by(Notice.created_at).first()
    if row is None:
        raise NotFound("登记簿里没有这个文件：它不是本系统出具的公示，或出具后被改动过。")
    return row


def stored_path(sha256: str) -> Path:
    return Path(database.obj.database).resolve().parent / "notices" / sha256[:2] / f"{sha256}.pdf"


def _meta(kind, request: NoticeRequest) -> Meta:
    """A notice of (or about a record of) a unit outside the user's scope is refused."""
    check_unit(request.org)
    meta = kind.meta(request)
    check_unit(meta.org)
    return meta


def _render(kind, request: NoticeRequest, meta: Meta, number: str, day: dt.date) -> Issued:
    fonts = font_resolver.resolve(get_value(font_resolver.SETTING_KEY))
    page = Page(Styles(fonts), number, day)
    pdf, pages = build(kind.story(request, meta, page), fonts=fonts, title=meta.title, subject=meta.subject,
                       issued=meta.dated or day)
    return Issued(None, pdf, number, fonts.describe(), pages, hashlib.sha256(pdf).hexdigest())


def _previous(kind: str, meta: Meta) -> Notice | None:
    query = Notice.live().where((Notice.kind == kind) & (Notice.org_unit == meta.org)
                                & _same(Notice.period, meta.period) & _same(Notice.record_uuid, meta.record_uuid))
    return query.order_by(Notice.created_at.desc()).first()


def _same(field, value):
    return field.is_null() if value is None else field == value


def _next_number(kind: str, meta: Meta, day: dt.date) -> str:
    """东关社公〔2026〕3号: org short name (as the case numbers name it), level, the kind's own mark (no two
    kinds share one: kinds.register), year, sequence of the org's kind and year."""
    start, end = dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1)
    count = Notice.select().where((Notice.org_unit == meta.org) & (Notice.kind == kind)
                                  & (Notice.issued_on >= start) & (Notice.issued_on < end)).count()
    return f"{short_name(meta.org)}{LEVEL_MARK.get(meta.org.level, '')}{meta.mark}〔{day.year}〕{count + 1}号"


def _keep(pdf: bytes, sha256: str) -> None:
    target = stored_path(sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(target, pdf, what="公示文件")
