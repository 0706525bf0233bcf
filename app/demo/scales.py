"""The sizes of demo data: how many of each record a scale writes.

`shangzhou` reproduces the figures of the article (docs: domain.md); `city` is
about ten times that with the same proportions; `1m` has the org data of
`city` and one million requests; `small` is for tests. `requests` is the
figure orders.requests (merged duplicates come on top); needs, offers, service
orders and review sessions follow from it (app/demo/orders.py).
"""

from dataclasses import dataclass

from app.errors import ValidationError


@dataclass(frozen=True)
class Scale:
    key: str
    label: str
    subdistricts: int
    communities: int
    zones: int
    grids: int
    grid_leaders: int
    units: int
    members: int
    buildings_per_grid: int = 10  # on average; each grid gets 6..14
    building_leader_share: float = 0.90
    residents: int = 0  # with their households, groups, tags, central households, shops and units
    requests: int = 0  # residents' requests 诉求 over 2024-01 .. 2026-10

    def check(self) -> None:
        """The proportions the generator relies on (a leader holds at most two grids)."""
        ok = (self.subdistricts <= self.communities <= self.zones <= self.grids
              and self.grids / 2 <= self.grid_leaders <= self.grids)
        if not ok:
            raise ValidationError(f"演示规模“{self.key}”的数量不合理，请检查 app/demo/scales.py。")


SCALES: dict[str, Scale] = {
    "small": Scale("small", "小样（测试用）", 1, 2, 4, 12, 10, 8, 80, residents=600, requests=400),
    "shangzhou": Scale("shangzhou", "商州区（文章中的数字）", 4, 26, 132, 529, 471, 244, 4388, residents=60_000,
                       requests=43_000),
    "city": Scale("city", "全市（约10倍）", 40, 260, 1320, 5290, 4710, 2440, 43880, residents=600_000,
                  requests=430_000),
    "1m": Scale("1m", "全市+百万诉求", 40, 260, 1320, 5290, 4710, 2440, 43880, residents=600_000,
                requests=1_000_000),
}


def get_scale(key: str) -> Scale:
    try:
        scale = SCALES[key]
    except KeyError:
        choices = "、".join(SCALES)
        raise ValidationError(f"没有名为“{key}”的演示规模。请从 {choices} 中选择。", field="scale") from None
    scale.check()
    return scale
