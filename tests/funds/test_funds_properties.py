"""Property tests of the ledger (hypothesis): for any sequence of allocations,
expenses, transfers, reversals and closings made through the posting API,
- each balance equals allocations − expenses + transfers in − transfers out,
  as an independent model of the accepted postings predicts;
- a refused posting writes nothing; an overdraft is refused without a leader's approval;
- a reversal cancels its original exactly (same kind, opposite amount);
- nothing dated inside a closed period changes after it was closed."""

import datetime as dt
import itertools

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app import auth, org
from app.errors import GridDeskError
from app.funds import funds, ledger, periods
from app.funds.ledger import ExpenseInput, OverdraftNeedsApproval
from app.session import close_session, open_session
from app.sites import init_site
from db.models import LedgerEntry
from tests.conftest import ADMIN_PASSWORD

YEAR = 2026
FUNDS = 3
_dbs = itertools.count()

amounts = st.integers(min_value=1, max_value=3_000_000)  # up to 30,000 元
months = st.integers(min_value=1, max_value=10)
ops = st.one_of(
    st.tuples(st.just("allocate"), st.integers(0, FUNDS - 1), amounts, months),
    st.tuples(st.just("expense"), st.integers(0, FUNDS - 1), amounts, months, st.booleans()),
    st.tuples(st.just("transfer"), st.integers(0, FUNDS - 1), st.integers(0, FUNDS - 1), amounts, months),
    st.tuples(st.just("reverse"), st.integers(0, 50), months),
    st.tuples(st.just("close"), months),
)


def world(folder):
    open_session(folder / f"p{next(_dbs)}.sqlite3", create=True)
    init_site(name="商州区测试站", level="district", admin_name="admin", password=ADMIN_PASSWORD, org_code="611002")
    sub = org.add_unit(org.by_code("611002"), "611002001", "城关街道")
    com = org.add_unit(sub, "611002001001", "东关社区")
    return com, [funds.open_fund(com.uuid, t, YEAR) for t in ("public", "service", "party")]


class Model:
    """What the ledger should hold, kept independently of the database."""

    def __init__(self):
        self.balance = [0] * FUNDS
        self.closed: set[int] = set()
        self.frozen: dict[int, set] = {}  # month -> entries dated in it when it was closed

    def day(self, month):
        return dt.date(YEAR, month, 15)


def snapshot(month):
    start, end = dt.date(YEAR, month, 1), dt.date(YEAR, month + 1, 1)
    return {(e.uuid, e.amount_fen, e.kind, e.fund_uuid) for e in
            LedgerEntry.select().where((LedgerEntry.posted_on >= start) & (LedgerEntry.posted_on < end))}


def apply(op, com, accounts, model, admin):
    kind = op[0]
    if kind == "allocate":
        _, i, fen, month = op
        ledger.post_allocation(accounts[i].uuid, fen, model.day(month), "商街财〔2026〕1号")
        model.balance[i] += fen
    elif kind == "expense":
        _, i, fen, month, approved = op
        data = ExpenseInput(posted_on=model.day(month), amount=fen, payee="文印店", purpose="office",
                            description="办公用品", approver="张主任")
        try:
            ledger.post_expense(accounts[i].uuid, data, approval=admin if approved else None)
        except OverdraftNeedsApproval:
            assert not approved and model.balance[i] - fen < 0
            raise
        assert approved or model.balance[i] - fen >= 0
        model.balance[i] -= fen
    elif kind == "transfer":
        _, i, j, fen, month = op
        ledger.transfer(accounts[i].uuid, accounts[j].uuid, fen, model.day(month), "", "调剂", approval=admin)
        model.balance[i] -= fen
        model.balance[j] += fen
    elif kind == "reverse":
        _, k, month = op
        entries = list(LedgerEntry.select().order_by(LedgerEntry.uuid))
        if not entries:
            raise GridDeskError("nothing to reverse")
        target = entries[k % len(entries)]
        reds = ledger.reverse(target.uuid, "录入错误", model.day(month))
        for red in reds:
            original = LedgerEntry.get_by_id(red.reverses_uuid)
            assert red.kind == original.kind and red.amount_fen == -original.amount_fen
            model.balance[[a.uuid for a in accounts].index(red.fund_uuid)] += red.amount_fen
    else:
        _, month = op
        periods.close(com.uuid, YEAR, month, today=dt.date(YEAR, 11, 27))
        model.closed.add(month)
        model.frozen[month] = snapshot(month)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=st.lists(ops, max_size=25))
def test_any_sequence_of_postings_keeps_the_ledger_consistent(tmp_path, sequence):
    com, accounts = world(tmp_path)
    try:
        admin = auth.current_user()
        model = Model()
        for op in sequence:
            before = LedgerEntry.select().count()
            try:
                apply(op, com, accounts, model, admin)
                event(f"{op[0]} posted")
            except GridDeskError as refused:
                event(f"{op[0]} refused ({type(refused).__name__})")
                assert LedgerEntry.select().count() == before  # a refusal writes nothing
            for i, account in enumerate(accounts):
                assert ledger.balance(account) == model.balance[i]
                parts = {k: ledger.net(account, k) for k in ("allocation", "expense", "transfer_in", "transfer_out")}
                assert (parts["allocation"] + parts["expense"] + parts["transfer_in"] + parts["transfer_out"]
                        == model.balance[i])
            for month, frozen in model.frozen.items():
                assert snapshot(month) == frozen
    finally:
        close_session()
