"""What a bundle may and may not do to the funding ledgers.

- A posted ledger entry is never changed: the same entry arriving with another
  version means a forged or damaged bundle, which is refused whole.
- A closed period has a key derived from (org unit, year, month): the same
  closing made at two sites is one record; the copy that arrives later is
  ignored, never an update (closings are never changed).
- Voucher numbers stay unique per fund: an entry whose voucher is already used
  by another entry of the same fund (here or earlier in the bundle) refuses the
  bundle with a message naming the fund and the voucher.
"""

from app.exchange.errors import BundleError
from db.connection import database

NEVER_CHANGED = {"ledger_entry", "period_close"}


class VoucherBook:
    """Vouchers met earlier in the same bundle (fund, voucher) -> entry uuid, in a temporary
    table (a bundle may hold any number of entries; app/exchange/seen.py says why)."""

    def __init__(self):
        database.execute_sql("DROP TABLE IF EXISTS temp.import_voucher")
        database.execute_sql("CREATE TEMP TABLE import_voucher (fund TEXT NOT NULL, voucher TEXT NOT NULL, "
                             "uuid TEXT NOT NULL, PRIMARY KEY (fund, voucher)) WITHOUT ROWID")

    def close(self) -> None:
        database.execute_sql("DROP TABLE IF EXISTS temp.import_voucher")

    def check(self, row: dict) -> None:
        voucher, fund = row.get("voucher"), row.get("fund_uuid")
        if not voucher:
            return
        key = (fund, voucher)
        other = self._met(key)
        if other is None:
            got = database.execute_sql('SELECT uuid FROM "ledger_entry" WHERE fund_uuid = ? AND voucher = ?',
                                       key).fetchone()
            other = got[0] if got else None
        if other is not None and other != row["uuid"]:
            raise BundleError("E_VOUCHER", f"ledger_entry {row['uuid']}: voucher {voucher} of fund {fund} taken by {other}",
                              f"数据包中的记账凭证“{voucher}”（{_fund_title(fund)}）与本机已有的另一笔分录重号，"
                              "已整体拒收，本机数据没有改动。请联系该账户的记账站点核对这两笔分录。")
        database.execute_sql("INSERT OR REPLACE INTO temp.import_voucher VALUES (?, ?, ?)",
                             (fund or "", voucher, row["uuid"]))

    def _met(self, key: tuple) -> str | None:
        got = database.execute_sql("SELECT uuid FROM temp.import_voucher WHERE fund = ? AND voucher = ?",
                                   (key[0] or "", key[1])).fetchone()
        return got[0] if got else None


def outcome(table: str, local: str | None, incoming: str) -> str | None:
    """The merge outcome these rules impose, or None for the usual last-writer-wins."""
    if table not in NEVER_CHANGED or local is None or local == incoming:
        return None
    if table == "period_close":
        return "unchanged"
    raise BundleError("E_ROW", f"ledger_entry: changed posted entry ({local} -> {incoming})",
                      "数据包中有被修改过的记账分录（分录一经记账不能修改），已整体拒收，本机数据没有改动。"
                      "请让对方检查数据后重新导出。")


def _fund_title(fund_uuid: str) -> str:
    from app.funds.rules import title
    from db.models import Fund

    fund = Fund.get_or_none(Fund.uuid == fund_uuid)
    return title(fund) if fund else "数据包中的经费账户"
