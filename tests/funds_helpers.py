"""A small funds world for the ledger tests: standards for 2026, a community with
one compound party branch, and the whole subdistrict allocated."""

import datetime as dt

from app.funds import funds

YEAR = 2026
D = dt.date(YEAR, 3, 10)


def allocate_world(grids) -> dict:
    for fund_type, fen in (("public", 5_000_000), ("service", 10_000_000), ("party", 500_000),
                           ("compound_party", 2_000_000)):
        funds.set_standard(YEAR, fund_type, fen)
    branch = funds.add_branch(grids["com"].uuid, "阳光小区党支部", "阳光小区")
    done = funds.allocate(grids["sub"].uuid, YEAR, dt.date(YEAR, 1, 15), "商街财〔2026〕1号")
    opened = {f.fund_type: f for f in funds.funds_of(grids["district"].path, YEAR)}
    return {"branch": branch, "allocation": done, **opened}
