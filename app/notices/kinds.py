"""The notice kinds: each module in app/notices/kinds_*.py registers its kind with
`@register`; `KINDS` maps the key (what the CLI takes) to it.

A kind has two steps: `meta(request)` checks the request against the records and
says what the notice is (title, subject, org unit, period, source record, the
mark in its number); `story(request, page)` returns the reportlab flowables,
given the number and the date that will be printed on it (app/notices/issue.py).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.notices.periods import NoticePeriod
from db.models import OrgUnit

if TYPE_CHECKING:  # the kinds' modules bring reportlab; this catalogue does not
    from app.notices.document import Styles


@dataclass(frozen=True)
class NoticeRequest:
    kind: str
    org: OrgUnit | None = None
    period: NoticePeriod | None = None
    record_uuid: str | None = None


@dataclass(frozen=True)
class Meta:
    title: str
    subject: str  # one line for the register and the window
    org: OrgUnit  # who issues it (the number counts per org unit, kind and year)
    mark: str  # one character in the number, a kind's own: 公 财 通 函 单 调 议 报
    period: str | None = None
    record_uuid: str | None = None
    dated: dt.date | None = None  # the date on the document when not its issue day (an agreement's signing)


@dataclass(frozen=True)
class Page:
    styles: "Styles"
    number: str
    issued_on: dt.date


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    needs: tuple[str, ...]  # of "org", "period", "id"
    help: str
    meta: Callable[[NoticeRequest], Meta]
    story: Callable[[NoticeRequest, Meta, Page], list]


KINDS: dict[str, Kind] = {}
MODULES = ("kinds_orders", "kinds_orders_letters", "kinds_mediation", "kinds_funds", "kinds_report", "kinds_linkage")


def register(key: str, label: str, needs: tuple[str, ...], help: str):
    """Class decorator: a class with static `meta(request)` and `story(request, meta, page)`."""
    def decorate(cls):
        KINDS[key] = Kind(key, label, needs, help, cls.meta, cls.story)
        return cls
    return decorate


def loaded() -> bool:
    """Whether every kind's module is imported (then `load()` is instant; before, it imports reportlab)."""
    import sys

    return all(f"app.notices.{name}" in sys.modules for name in MODULES)


def load() -> dict[str, Kind]:
    import importlib

    for name in MODULES:
        importlib.import_module(f"app.notices.{name}")
    return KINDS
