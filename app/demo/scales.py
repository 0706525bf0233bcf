"""The sizes of demo data: how many of each record a scale writes.

`shangzhou` reproduces the figures of the article (docs: domain.md); `city` is
about ten times that with the same proportions; `1m` has the org data of
`city` and one million requests; `small` is for tests. The three governances'
counts are the article's figures (virtue.*, selfgov.*); one community of 26 has
a petition (25/26 = 96.2% "零上访", the closest figure to 95% that is not
below it), 13 of 260 at `city` (exactly 95%), and no accident anywhere. `requests` is the
figure orders.requests (merged duplicates come on top); needs, offers, service
orders and review sessions follow from it (app/demo/orders.py). The four supports'
counts are the support.* and service.proxy_services figures (app/demo/teams.py,
support.py); every scale has three years of fund ledgers (app/demo/funds.py).
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
    # the three governances over the same months (app/demo/mediation.py)
    meetings: int = 0  # deliberation meetings (selfgov.deliberations)
    matters_resolved: int = 0  # matters settled in the grid or the community
    mediations: int = 0  # mediation cases accepted (virtue.mediations)
    family_education: int = 0
    moral_lectures: int = 0
    small_stool_talks: int = 0
    neighbourhood_events: int = 0
    petition_communities: int = 0  # communities with a petition: the others count for law.zero_petition_rate
    # the four supports (app/demo/teams.py, app/demo/support.py)
    task_forces: int = 0  # party task forces 党员突击队
    volunteer_teams: int = 0  # volunteer teams 志愿服务队
    projects: int = 0  # co-building projects not dropped (a few dropped ones come on top)
    problems_solved: int = 0  # by volunteer services, added up
    proxy_services: int = 0  # 帮办代办 over 2024-01 .. 2026-10
    admin_posts: int = 0  # the subdistricts' administrative posts 行政编制 (newest year)
    institution_posts: int = 0  # and fully funded institution posts 全额事业编制

    def check(self) -> None:
        """The proportions the generator relies on (a leader holds at most two grids)."""
        ok = (self.subdistricts <= self.communities <= self.zones <= self.grids
              and self.grids / 2 <= self.grid_leaders <= self.grids)
        if not ok:
            raise ValidationError(f"演示规模“{self.key}”的数量不合理，请检查 app/demo/scales.py。")


CITY_SUPPORTS = {"task_forces": 580, "volunteer_teams": 380, "projects": 3_120, "problems_solved": 12_360,
                 "proxy_services": 260_000, "admin_posts": 1_280, "institution_posts": 1_590}
SCALES: dict[str, Scale] = {
    "small": Scale("small", "小样（测试用）", 1, 2, 4, 12, 10, 8, 80, residents=600, requests=400,
                   meetings=12, matters_resolved=15, mediations=12, family_education=3, moral_lectures=4,
                   small_stool_talks=4, neighbourhood_events=2, petition_communities=1,
                   task_forces=3, volunteer_teams=4, projects=8, problems_solved=40, proxy_services=400,
                   admin_posts=30, institution_posts=36),
    # Shangzhou's whole topology (4 subdistricts, 26 communities: 31 sites) at small volume, for the
    # district rehearsal (tests/rehearsal.py)
    "rehearsal": Scale("rehearsal", "商州区拓扑（小样，演练用）", 4, 26, 26, 52, 40, 26, 104, residents=1_300,
                       requests=520, meetings=26, matters_resolved=30, mediations=26, family_education=4,
                       moral_lectures=4, small_stool_talks=4, neighbourhood_events=4, petition_communities=1,
                       task_forces=4, volunteer_teams=4, projects=26, problems_solved=60, proxy_services=260,
                       admin_posts=128, institution_posts=159),
    "shangzhou": Scale("shangzhou", "商州区（文章中的数字）", 4, 26, 132, 529, 471, 244, 4388, residents=60_000,
                       requests=43_000, meetings=656, matters_resolved=862, mediations=480, family_education=150,
                       moral_lectures=260, small_stool_talks=320, neighbourhood_events=110, petition_communities=1,
                       task_forces=58, volunteer_teams=38, projects=312, problems_solved=1_236,
                       proxy_services=26_000, admin_posts=128, institution_posts=159),
    "city": Scale("city", "全市（约10倍）", 40, 260, 1320, 5290, 4710, 2440, 43880, residents=600_000,
                  requests=430_000, meetings=6_560, matters_resolved=8_620, mediations=4_800,
                  family_education=1_500, moral_lectures=2_600, small_stool_talks=3_200, neighbourhood_events=1_100,
                  petition_communities=13, **CITY_SUPPORTS),
    "1m": Scale("1m", "全市+百万诉求", 40, 260, 1320, 5290, 4710, 2440, 43880, residents=600_000,
                requests=1_000_000, meetings=6_560, matters_resolved=8_620, mediations=4_800,
                family_education=1_500, moral_lectures=2_600, small_stool_talks=3_200, neighbourhood_events=1_100,
                petition_communities=13, **CITY_SUPPORTS),
}


def get_scale(key: str) -> Scale:
    try:
        scale = SCALES[key]
    except KeyError:
        choices = "、".join(SCALES)
        raise ValidationError(f"没有名为“{key}”的演示规模。请从 {choices} 中选择。", field="scale") from None
    scale.check()
    return scale
