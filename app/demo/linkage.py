"""Demo linkage 四级联动 at the article's proportions: most requests are settled in
the grid or the community; about 2% go from the grid to the community, 0.7% reach
a subdistrict (a few hundred at `shangzhou`, assigned to a joint-conference member
through the quarter's session), and 0.03% the district (a handful). Every
subdistrict has a joint conference of 8 members meeting each quarter; every
community a co-building federation of 6. Whatever would happen after season.NOW
has not happened yet (those matters are still open)."""

import datetime as dt
import random

from app.demo.season import FIRST_DAY, NOW
from db.models import (
    Escalation,
    EscalationStep,
    LinkageDecision,
    LinkageMember,
    LinkageMemberGrid,
    LinkageSession,
    Request,
)

GRID_SHARE, SUBDISTRICT_SHARE, DISTRICT_SHARE = 0.02, 0.007, 0.0003
CONFERENCE = (("区住建局派驻组", "stationed"), ("区城管执法大队派驻中队", "stationed"), ("区市场监管局派出所", "stationed"),
              ("区供电分公司", "unit"), ("区自来水公司", "unit"), ("区人民医院", "unit"),
              ("快递物流行业党委", "new_sector"), ("物业服务行业党支部", "new_sector"))
FEDERATION = (("社区民警", "police"), ("城管执法队员", "urban"), ("市场监管所", "market"), ("自然资源所", "land"),
              ("税务所", "tax"), ("物业服务公司", "property"))
DAY = dt.timedelta(days=1)


class Linkage:
    def __init__(self, rng: random.Random, new_id, add, district_uuid: str):
        self.rng, self.new_id, self.add, self.district = rng, new_id, add, district_uuid
        self.members: dict[str, list[tuple[str, str]]] = {}  # unit uuid -> (member uuid, name)
        self.sessions: dict[tuple[str, int], str] = {}  # (subdistrict uuid, quarter index) -> session uuid
        self.pending: list[tuple[type, dict]] = []

    def bodies(self, plan) -> None:
        for units, roster in ((plan.subdistricts, CONFERENCE), (plan.communities, FEDERATION)):
            for unit in units:
                self.members[unit.uuid] = [(self._member(unit.uuid, name, kind), name) for name, kind in roster]
        for grid in plan.grids:  # 包抓网格: the community police officer looks after every grid of the community
            police = self.members[grid.community.uuid][0][0]
            self.add(LinkageMemberGrid, {"uuid": self.new_id(), "member": police, "grid": grid.uuid})
        for sub in plan.subdistricts:
            for quarter in range(11):  # 2024Q1 .. 2026Q3
                held = dt.date(2024 + quarter // 4, 3 * (quarter % 4) + 3, 25)
                self.sessions[(sub.uuid, quarter)] = uuid = self.new_id()
                self.add(LinkageSession, {"uuid": uuid, "org_unit": sub.uuid, "held_on": held, "place": "街道党建联席会议室",
                                          "attendance": self.rng.randint(9, 16), "agenda": "下级上报事项、本季度热点问题"})

    def _member(self, unit: str, name: str, kind: str) -> str:
        uuid = self.new_id()
        self.add(LinkageMember, {"uuid": uuid, "org_unit": unit, "name": name, "kind": kind, "joined_on": FIRST_DAY})
        return uuid

    def escalations(self, plan, requests: int) -> None:
        parents = {c.uuid: s.uuid for s in plan.subdistricts for c in s.children}
        grids = {g.uuid: g for g in plan.grids}
        rows = list(Request.select(Request.uuid, Request.grid, Request.number, Request.content, Request.received_at,
                                   Request.answer)
                    .where(Request.state == "closed").order_by(Request.received_at, Request.uuid).tuples())
        picked = self.rng.sample(rows, min(len(rows), round(requests * (GRID_SHARE + SUBDISTRICT_SHARE))))
        up, top = round(requests * SUBDISTRICT_SHARE), max(1, round(requests * DISTRICT_SHARE))
        for i, row in enumerate(picked):
            grid = grids[row[1]]
            level = "district" if i < top else "subdistrict" if i < up else "community"
            self._escalate(row, grid, parents[grid.community.uuid], level)

    def _escalate(self, row, grid, sub: str, level: str) -> None:
        """One closed request's way up and the answer back; the escalation is closed after the answer."""
        uuid, _grid, number, content, received, answer = row
        esc, at = self.new_id(), received + DAY * self.rng.uniform(0.5, 2)
        sender = grid.uuid if level == "community" else grid.community.uuid
        values = {"uuid": esc, "unit": grid.uuid, "from_unit": sender, "record_table": "request", "record_uuid": uuid,
                  "subject": f"{number} {content}"[:60], "escalated_at": at,
                  "reason": "网格协调不了" if level == "community" else "本级协调不了，需上级统筹",
                  "closed_at": None, "satisfaction": None}
        holder = {"community": grid.community.uuid, "subdistrict": sub, "district": self.district}[level]
        self.pending, step = [], at  # steps and decisions: added after their escalation (a flush may come between)
        if level == "district":
            step += DAY * self.rng.uniform(2, 5)
            self._step(esc, sub, "escalate", step, "涉及多个部门，需区里统筹")
        elif level == "subdistrict":
            step = self._assign(esc, sub, step)
        done = step + DAY * self.rng.uniform(3, {"community": 6, "subdistrict": 12, "district": 25}[level])
        if done < NOW:
            self._step(esc, holder, "answer", done, answer or "已协调相关部门办结，并向群众答复。")
            closed = done + DAY * self.rng.uniform(0.5, 2)
            if closed < NOW:
                values.update(closed_at=closed, satisfaction=self._satisfaction())
        self.add(Escalation, values)
        for model, row in self.pending:
            self.add(model, row)

    def _assign(self, esc: str, sub: str, at: dt.datetime) -> dt.datetime:
        """Assigned to a joint-conference member through a decision of the quarter's session."""
        quarter = min(10, (at.year - 2024) * 4 + (at.month - 1) // 3)
        member, name = self.rng.choice(self.members[sub])
        at += DAY * self.rng.uniform(1, 4)
        due = at + 15 * DAY
        self._step(esc, sub, "assign", at, "联席会议研究，交成员单位限期办理", member_uuid=member, assignee=name,
                   due_at=due)
        decision = {"uuid": self.new_id(), "session": self.sessions[(sub, quarter)], "member": member,
                    "escalation": esc, "subject": "限期办理下级上报事项", "due_on": due.date()}
        self.pending.append((LinkageDecision, decision))
        return at

    def _step(self, esc: str, unit: str, action: str, at: dt.datetime, note: str, *, member_uuid: str | None = None,
              assignee: str | None = None, due_at: dt.datetime | None = None) -> None:
        self.pending.append((EscalationStep, {"uuid": self.new_id(), "escalation": esc, "unit": unit, "action": action,
                                              "at": at, "note": note, "member_uuid": member_uuid, "assignee": assignee,
                                              "due_at": due_at}))

    def _satisfaction(self) -> str:
        r = self.rng.random()
        return "satisfied" if r < 0.9 else "basic" if r < 0.98 else "unsatisfied"
