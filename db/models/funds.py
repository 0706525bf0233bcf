"""Funding ledgers 经费台账.

A fund is one holder's money of one type for one fiscal year: a community's
public operating funds, special funds for serving residents or party-building
funds, or a residential-compound party branch's party-building funds. Its key
is derived from (holder, type, year) (app/funds/funds.py), so the same fund
created at two sites is one record when bundles meet.

Ledger entries are integer fen, signed by their effect on the balance
(allocation and transfer in +, expense and transfer out −). A posted entry is
never changed or deleted (the database refuses it): a correction is a red
reversal 红字冲销 — an entry of the same kind with the opposite amount that
points at the original — plus a new entry. Only the fund's keeping site posts
entries that carry a voucher number, so voucher numbers stay unique per fund
across sites. A closed period (a month, or month 0 = the whole year) of an org
unit refuses entries dated inside it for every fund of the subtree.
"""

from peewee import DateField, ForeignKeyField, IntegerField, TextField

from db.base import SyncModel
from db.models.org import OrgUnit


class FundStandard(SyncModel):
    """The district's yearly amount per fund type (reference data)."""

    year = IntegerField()
    fund_type = TextField()
    amount_fen = IntegerField()


class PartyBranch(SyncModel):
    """小区党支部: the party branch of a residential compound, under a community."""

    community = ForeignKeyField(OrgUnit, column_name="community_uuid")
    name = TextField()
    compound = TextField(null=True)  # the compound 小区 it serves
    founded_on = DateField(null=True)


class Fund(SyncModel):
    community = ForeignKeyField(OrgUnit, column_name="community_uuid")  # the holder, or the branch's community
    branch = ForeignKeyField(PartyBranch, null=True, column_name="branch_uuid")
    fund_type = TextField(index=True)  # public / service / party / compound_party
    year = IntegerField(index=True)
    keeper_site = TextField()  # the site that posts this fund's vouchers


class LedgerEntry(SyncModel):
    fund = ForeignKeyField(Fund, backref="entries", column_name="fund_uuid")
    kind = TextField()  # allocation / expense / transfer_in / transfer_out
    posted_on = DateField()
    amount_fen = IntegerField()  # signed effect on the balance
    voucher = TextField(null=True)  # 凭证号, unique per fund (= per fund and year)
    doc_no = TextField(null=True)  # an allocation's document number 拨款文号
    payee = TextField(null=True)
    purpose = TextField(null=True)  # expense category key
    description = TextField(null=True)
    approver = TextField(null=True)  # who approved the expense
    overdraft_by = TextField(null=True)  # the leader who approved taking the fund below zero
    reverses = ForeignKeyField("self", null=True, column_name="reverses_uuid")
    reason = TextField(null=True)  # why the original was reversed
    transfer_id = TextField(null=True, index=True)  # both sides of a transfer share it


class PeriodClose(SyncModel):
    """A closed month (or year: month 0) of an org unit's funds, and of every fund below it."""

    org_unit = ForeignKeyField(OrgUnit, column_name="org_unit_uuid")
    year = IntegerField()
    month = IntegerField()
    note = TextField(null=True)
