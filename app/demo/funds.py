"""Demo funds 经费保障: the district's standards, compound party branches 小区党支部 and
three years of ledgers (2024, 2025 and 2026 up to October) for every community's
public, service and party funds and every branch's party funds, written as the
posting API of app/funds would have left them (the ledger conventions of
db/models/funds.py):

- one allocation per fund early in the year (the standard; one document number per
  subdistrict and year), then expenses with vouchers 记2024-0001.. numbered per fund
  in date order, spending 85-99% of a past year and 70-85% of 2026 by October;
- now and then a transfer between two funds of a community (both sides share a
  transfer_id and carry vouchers), a red reversal 红字冲销 (same kind, opposite
  amount, a reason, a later date, its own voucher) followed by the corrected entry,
  and a party fund overdrawn with the leader's approval (overdraft_by), topped up from
  the public funds a few days later. No other entry takes a balance below zero;
- the district closes 2024 and 2025 (month 0) in January after, and each month of
  2026 up to September early the next month; every entry is created (created_at) on
  the day it is dated, so before the close of its period.
"""

import datetime as dt

from app.demo import fund_texts as texts
from app.demo import names
from app.demo.season import LAST_DAY
from app.demo.tree import OrgPlan, Place
from app.funds.types import (
    COMMUNITY_TYPES,
    DEFAULT_STANDARDS,
    close_uuid,
    fund_uuid,
    standard_uuid,
    type_label,
)
from db.models import Fund, FundStandard, LedgerEntry, PartyBranch, PeriodClose, Person, Role, RoleAssignment

YEARS, CURRENT = (2024, 2025, 2026), 2026  # CURRENT: the demo's year, spent up to October
EXPENSES = {"public": (24, 44), "service": (28, 50), "party": (5, 10), "compound_party": (6, 14)}
SPENT = {"past": (0.85, 0.99), "current": (0.70, 0.85)}
TRANSFER_SHARE, OVERDRAFT_SHARE, REVERSAL_SHARE = 0.15, 0.05, 0.003  # of community-years, of expenses
BRANCHES = (2, 4)  # per community
YUAN, DAY, MINUTE = 100, dt.timedelta(days=1), dt.timedelta(minutes=1)


def planned_rows(communities: int) -> int:
    """About how many rows the funds add (for the progress percentage)."""
    per_year = sum(sum(EXPENSES[t]) / 2 for t in COMMUNITY_TYPES) + 3 * sum(EXPENSES["compound_party"]) / 2
    return int(communities * len(YEARS) * (per_year + 10) * 0.95) + communities * 3


class Book:
    """One fund's year: its row and its entries, in the order they were planned."""

    def __init__(self, fund: dict, budget: int, approver: str):
        self.fund, self.budget, self.approver = fund, budget, approver
        self.label = type_label(fund["fund_type"])
        self.entries: list[dict] = []
        self.room = budget  # the budget less every outgoing amount: no balance can go below it

    def post(self, uuid: str, day: dt.date, kind: str, amount: int, **extra) -> dict:
        entry = {"uuid": uuid, "fund": self.fund["uuid"], "kind": kind, "posted_on": day, "amount_fen": amount,
                 "voucher": None, "doc_no": None, "payee": None, "purpose": None, "description": None,
                 "approver": self.approver, "overdraft_by": None, "reverses": None, "reason": None,
                 "transfer_id": None, **extra}
        self.entries.append(entry)
        self.room += min(amount, 0)
        return entry


class Funds:
    def __init__(self, faker, new_id, add, site_uuid: str, overdraft_by: str):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.site, self.overdraft_by = site_uuid, overdraft_by
        self.forced = ["overdraft", "transfer", "reversal"]  # each appears at every scale
        self.payees: dict[tuple[str, str], list[str]] = {}
        self.texts: dict[tuple[str, int], list[str]] = {}

    def standards(self) -> None:
        for year in YEARS:
            for fund_type, amount in DEFAULT_STANDARDS.items():
                self.add(FundStandard, {"uuid": standard_uuid(year, fund_type), "year": year,
                                        "fund_type": fund_type, "amount_fen": amount})

    def branches(self, plan: OrgPlan) -> dict[str, list[tuple[dict, str]]]:
        """2-4 compound party branches per community, each with its secretary's name."""
        made = {}
        compounds = [c for c in names.COMPOUNDS if c] + ["幸福小区", "阳光花园", "书香苑", "滨江华府", "建设巷小区"]
        for comm in plan.communities:
            rows = []
            for compound in self.rng.sample(compounds, self.rng.randint(*BRANCHES)):
                row = {"uuid": self.new_id(), "community": comm.uuid, "name": f"{compound}党支部", "compound": compound,
                       "founded_on": self.faker.date_between(dt.date(2017, 1, 1), dt.date(2023, 6, 30))}
                self.add(PartyBranch, row)
                rows.append((row, self.faker.name(self.faker.gender())))
            made[comm.uuid] = rows
        return made

    def ledgers(self, plan: OrgPlan, branches: dict[str, list[tuple[dict, str]]], root: str) -> None:
        secretaries = _secretaries()
        for year in YEARS:
            for n, sub in enumerate(plan.subdistricts):
                opened = _weekday(dt.date(year, 1, 6) + DAY * self.rng.randint(0, 30))
                doc_no = f"商街财〔{year}〕{3 + 2 * n + self.rng.randint(0, 1)}号"
                for comm in sub.children:
                    secretary = secretaries.get(comm.uuid, self.faker.name(self.faker.gender()))
                    self._community_year(comm, year, opened, doc_no, secretary, branches.get(comm.uuid, []))
        self._closes(root)

    def _community_year(self, comm: Place, year: int, opened: dt.date, doc_no: str, secretary: str,
                        branches: list[tuple[dict, str]]) -> None:
        rng = self.rng
        end = dt.date(year, 12, 31) if year < CURRENT else LAST_DAY
        books = {t: self._book(comm.uuid, comm, None, t, year, secretary) for t in COMMUNITY_TYPES}
        others = [self._book(b["uuid"], comm, b["uuid"], "compound_party", year, name) for b, name in branches]
        ratio = SPENT["past" if year < CURRENT else "current"]
        for book in [*books.values(), *others]:
            book.post(self.new_id(), opened, "allocation", book.budget, doc_no=doc_no, approver=None,
                      description=texts.ALLOCATION.format(year=year, label=book.label))
            self._expenses(comm, book, opened + 2 * DAY, end - 6 * DAY, rng.uniform(*ratio), year)
        if self._chance("transfer", TRANSFER_SHARE):
            src, dst = rng.choice((("public", "service"), ("public", "party"), ("service", "party"),
                                   ("service", "public")))
            amount = min(rng.randint(10, 50) * 100 * YUAN, books[src].room * 8 // 10 // (100 * YUAN) * 100 * YUAN)
            if amount > 0:
                self._transfer(books[src], books[dst], self.faker.date_between(opened + 20 * DAY, end - 6 * DAY),
                               amount, texts.TRANSFER_OUT, texts.TRANSFER_IN)
                self._done("transfer")
        for book in [*books.values(), *others]:
            for entry in [e for e in book.entries if e["kind"] == "expense"]:
                if self._chance("reversal", REVERSAL_SHARE):
                    self._reverse(comm, book, entry, end)
        if self._chance("overdraft", OVERDRAFT_SHARE):
            self._overdraft(comm, books["party"], books["public"], end)
        for book in [*books.values(), *others]:
            self._write(book)

    def _chance(self, what: str, share: float) -> bool:
        """Drawn with `share`, or always until the first one was written (see _done)."""
        return what in self.forced or self.rng.random() < share

    def _done(self, what: str) -> None:
        if what in self.forced:
            self.forced.remove(what)

    def _book(self, holder: str, comm: Place, branch: str | None, fund_type: str, year: int, approver: str) -> Book:
        fund = {"uuid": fund_uuid(holder, fund_type, year), "community": comm.uuid, "branch": branch,
                "fund_type": fund_type, "year": year, "keeper_site": self.site}
        self.add(Fund, fund)
        return Book(fund, DEFAULT_STANDARDS[fund_type], approver)

    def _expenses(self, comm: Place, book: Book, first: dt.date, last: dt.date, ratio: float, year: int) -> None:
        rng, fund_type = self.rng, book.fund["fund_type"]
        count = rng.randint(*EXPENSES[fund_type])
        if year == CURRENT:
            count = max(3, count * 10 // 12)
        target = book.budget * ratio
        weights = [rng.lognormvariate(0, 0.6) for _ in range(count)]
        whole = sum(weights)
        for day, weight in zip(sorted(self.faker.date_between(first, last) for _ in range(count)), weights,
                               strict=True):
            book.post(self.new_id(), day, "expense", -_money(rng, target * weight / whole),
                      **self._what(comm, fund_type, day))

    def _what(self, comm: Place, fund_type: str, day: dt.date, purpose: str | None = None) -> dict:
        rng = self.rng
        weights = texts.PURPOSE_WEIGHTS[fund_type]
        purpose = purpose or rng.choices(list(weights), weights=list(weights.values()))[0]
        key = (comm.uuid, purpose)
        if key not in self.payees:  # each community deals with the same few (2-3) firms
            made = [rng.choice(texts.PAYEES[purpose]).format(s=rng.choice(texts.FIRMS)) for _ in range(3)]
            self.payees[key] = list(dict.fromkeys(made + [texts.PAYEES[purpose][0].format(s=texts.FIRMS[0])]))[:3]
        description = rng.choice(self._descriptions(purpose, day.month)).format(n=rng.randint(2, 9), m=day.month)
        payee = next((p for word, p in texts.UTILITY_PAYEES.items() if word in description), None)
        return {"purpose": purpose, "payee": payee or rng.choice(self.payees[key]), "description": description}

    def _descriptions(self, purpose: str, month: int) -> list[str]:
        key = (purpose, month)
        if key not in self.texts:
            self.texts[key] = texts.descriptions(purpose, month) or list(texts.DESCRIPTIONS[purpose][:1])
        return self.texts[key]

    def _transfer(self, src: Book, dst: Book, day: dt.date, amount: int, out_text: str, in_text: str) -> None:
        transfer = self.new_id()
        src.post(self.new_id(), day, "transfer_out", -amount, transfer_id=transfer,
                 description=out_text.format(label=dst.label))
        dst.post(self.new_id(), day, "transfer_in", amount, transfer_id=transfer,
                 description=in_text.format(label=src.label))

    def _reverse(self, comm: Place, book: Book, original: dict, end: dt.date) -> None:
        """A red reversal some days later, then the corrected entry: the original had a wrong amount,
        purpose or payee (the right ones are those it was planned with)."""
        rng = self.rng
        day = min(original["posted_on"] + DAY * rng.randint(1, 20), end)
        amount, why = -original["amount_fen"], rng.choice(list(texts.REVERSALS))
        fixed = _money(rng, amount * rng.uniform(0.8, 1.1)) if why == "amount" else amount
        if fixed == amount:
            why = "payee" if why == "amount" else why
        if day <= original["posted_on"] or book.room < fixed:
            return
        self._done("reversal")
        right = {k: original[k] for k in ("purpose", "payee", "description")}
        if why == "purpose":
            original["purpose"] = rng.choice([p for p in texts.PURPOSE_WEIGHTS[book.fund["fund_type"]]
                                              if p != right["purpose"]])
        elif why == "payee":
            original["payee"] = rng.choice([p for p in self.payees[(comm.uuid, right["purpose"])]
                                            if p != right["payee"]])
        book.post(self.new_id(), day, "expense", amount, reverses=original["uuid"], reason=texts.REVERSALS[why],
                  purpose=original["purpose"], payee=original["payee"], _of=original)
        book.post(self.new_id(), day, "expense", -fixed, **right)

    def _overdraft(self, comm: Place, party: Book, public: Book, end: dt.date) -> None:
        """An expense beyond the party funds' balance, approved, then topped up from the public funds."""
        rng = self.rng
        day = max(e["posted_on"] for e in party.entries) + DAY * rng.randint(1, 3)
        top_up_day = day + DAY * rng.randint(1, 4)
        deficit = rng.randint(2, 8) * 100 * YUAN
        top_up = -(-deficit // (500 * YUAN)) * 500 * YUAN
        if top_up_day > end or public.room < top_up:
            return
        balance = sum(e["amount_fen"] for e in party.entries)
        party.post(self.new_id(), day, "expense", -(balance + deficit), overdraft_by=self.overdraft_by,
                   **self._what(comm, "party", day))
        self._transfer(public, party, top_up_day, top_up, texts.TRANSFER_OUT, texts.TOP_UP)
        self._done("overdraft")

    def _write(self, book: Book) -> None:
        """Vouchers in date order, created on the day (office hours, UTC), never below zero unless approved."""
        rng, year = self.rng, book.fund["year"]
        order = sorted(range(len(book.entries)), key=lambda i: (book.entries[i]["posted_on"], i))
        balance, number, last = 0, 0, None
        for i in order:
            entry = book.entries[i]
            if entry["kind"] != "allocation":
                number += 1
                entry["voucher"] = f"记{year}-{number:04d}"
            if "_of" in entry:
                entry["description"] = f"红字冲销：{entry.pop('_of')['voucher']}号凭证"
            at = dt.datetime.combine(entry["posted_on"], dt.time()) + dt.timedelta(seconds=rng.randint(1800, 34200))
            at = max(at, last + MINUTE) if last else at
            entry["created_at"] = entry["updated_at"] = last = at
            balance += entry["amount_fen"]
            if balance < 0 and not entry["overdraft_by"]:
                raise AssertionError(f"demo ledger below zero without approval: {book.fund}")
            self.add(LedgerEntry, entry)

    def _closes(self, root: str) -> None:
        closes = [(year, 0, dt.date(year + 1, 1, self.rng.randint(10, 20))) for year in YEARS if year < CURRENT]
        closes += [(CURRENT, m, dt.date(CURRENT, m + 1, self.rng.randint(5, 10))) for m in range(1, LAST_DAY.month)]
        for year, month, day in closes:
            at = dt.datetime.combine(day, dt.time(2))  # 10:00 local
            self.add(PeriodClose, {"uuid": close_uuid(root, year, month), "org_unit": root, "year": year,
                                   "month": month, "note": f"{year}年{'度' if month == 0 else f'{month}月'}结账",
                                   "created_at": at, "updated_at": at})


def _money(rng, fen: float) -> int:
    """A plausible amount: mostly whole yuan, sometimes to the jiao or the fen; at least 10 yuan."""
    r = rng.random()
    step = 100 if r < 0.6 else 10 if r < 0.85 else 1
    return max(10 * YUAN, round(fen / step) * step)


def _weekday(day: dt.date) -> dt.date:
    return day + DAY * max(0, 7 - day.weekday()) if day.weekday() >= 5 else day


def _secretaries() -> dict[str, str]:
    """Community -> the name of its secretary (written and flushed by the roster phase)."""
    query = (RoleAssignment.select(RoleAssignment.org_unit, Person.name)
             .join(Person, on=(RoleAssignment.person == Person.uuid))
             .where((RoleAssignment.role == Role.SECRETARY) & RoleAssignment.end_date.is_null())
             .order_by(RoleAssignment.org_unit, Person.uuid).tuples())
    return {unit: name for unit, name in query}
