"""经费使用公示: a community's fund use in a period (usually a quarter), for its board.

Per fund of the community and of its compound party branches: the year's
allocation, what was spent in the period and in the year up to its end, and the
balance at its end; then every expense of the period (red reversals shown with a
negative amount, marked 冲销), with the totals also in capital Chinese."""

from peewee import JOIN, fn

from app.errors import ValidationError
from app.funds import money
from app.funds.types import PURPOSES, type_label
from app.notices.document import LINE, Spacer, para, signature, table, title_para
from app.notices.kinds import Meta, NoticeRequest, Page, register
from db.models import Fund, LedgerEntry, Level, PartyBranch


@register("fund_publicity", "经费使用公示", ("org", "period"),
          "社区经费使用情况公示（按社区、季度；金额同时用大写）：--org 社区编码 --period 2026-Q3")
class FundPublicity:
    @staticmethod
    def meta(request: NoticeRequest) -> Meta:
        org, period = request.org, request.period
        if org.level != Level.COMMUNITY:
            raise ValidationError("经费使用公示按社区出具：请选择一个社区。", field="org")
        return Meta(title=f"{org.name}{period.label}经费使用情况公示", subject=f"{org.name} {period.label} 经费使用",
                    org=org, mark="财", period=period.key)  # 公 is the review results' series

    @staticmethod
    def story(request: NoticeRequest, meta: Meta, page: Page) -> list:
        org, period, s = request.org, request.period, page.styles
        funds = list(Fund.select(Fund, PartyBranch).join(PartyBranch, on=(Fund.branch == PartyBranch.uuid),
                                                         join_type=JOIN.LEFT_OUTER)
                     .where((Fund.community == org) & (Fund.year == period.year) & (Fund.deleted == False))  # noqa: E712
                     .order_by(Fund.branch.is_null(False), PartyBranch.name, Fund.fund_type))
        summary, spent_total = [], 0
        for fund in funds:
            sums = _sums(fund, period)
            spent_total += sums["period_spent"]
            summary.append([_holder(fund), money.yuan(sums["allocated"]), money.yuan(sums["period_spent"]),
                            money.yuan(sums["year_spent"]), money.yuan(sums["balance"])])
        lines = _expenses(funds, period)
        story = [para(page.number, s.right), *_title(page, meta),
                 para(f"为落实居务公开制度，接受居民监督，现将{org.name}{period.label}经费收支情况公示如下：", s.body),
                 para("一、各项经费收支情况（单位：元）", s.heading)]
        if summary:
            story.append(table(s, ["经费", f"{period.year}年拨付", "本期支出", "本年累计支出", "期末余额"], summary,
                               [44, 26, 26, 28, 26], numeric={1, 2, 3, 4}, small=True))
        else:
            story.append(para(f"{period.year}年尚无经费账户。", s.plain))
        story += [Spacer(1, LINE * 0.3), para("二、本期支出明细（单位：元）", s.heading)]
        if lines:
            story.append(table(s, ["日期", "凭证号", "经费", "用途", "收款单位", "摘要", "金额"], lines,
                               [15, 27, 22, 15, 30, 30, 20], numeric={6}, codes={0, 1}, small=True,
                               total=["合计", "", "", "", "", "", money.yuan(spent_total)]))
        else:
            story.append(para("本期没有支出。", s.plain))
        story += [Spacer(1, LINE * 0.3),
                  para(f"本期支出合计：人民币{money.capital(spent_total)}（¥{money.yuan(spent_total)}）。", s.body),
                  para("公示期为七天。居民如有疑问或意见，请在公示期内向社区居务监督委员会反映。", s.body),
                  signature(s, f"{org.name}居民委员会", page.issued_on)]
        return story


def _title(page: Page, meta: Meta) -> list:
    return [title_para(meta.title, page.styles)]


def _holder(fund: Fund) -> str:
    """公用经费 …, or the branch's name for a compound party branch's party-building funds."""
    return f"{fund.branch.name}党建经费" if fund.branch_uuid else type_label(fund.fund_type)


def _sums(fund: Fund, period) -> dict[str, int]:
    e = LedgerEntry
    def total(*conditions) -> int:
        query = e.select(fn.COALESCE(fn.SUM(e.amount_fen), 0)).where((e.fund == fund) & (e.deleted == False),  # noqa: E712
                                                                     *conditions)
        return query.scalar()
    return {"allocated": total(e.kind == "allocation"),
            "period_spent": -total(e.kind == "expense", e.posted_on >= period.start, e.posted_on < period.end),
            "year_spent": -total(e.kind == "expense", e.posted_on < period.end),
            "balance": total(e.posted_on < period.end)}


def _expenses(funds: list[Fund], period) -> list[list[str]]:
    by_uuid = {f.uuid: f for f in funds}
    rows = (LedgerEntry.select().where(LedgerEntry.fund.in_(list(by_uuid)) & (LedgerEntry.kind == "expense")
                                       & (LedgerEntry.posted_on >= period.start) & (LedgerEntry.posted_on < period.end)
                                       & (LedgerEntry.deleted == False))  # noqa: E712
            .order_by(LedgerEntry.posted_on, LedgerEntry.uuid))
    out = []
    for e in rows:
        what = (e.description or "") + ("（冲销）" if e.reverses_uuid else "")
        out.append([e.posted_on.strftime("%m-%d"), e.voucher or "", _holder(by_uuid[e.fund_uuid]),
                    PURPOSES.get(e.purpose, e.purpose or ""), e.payee or "", what, money.yuan(-e.amount_fen)])
    return out
