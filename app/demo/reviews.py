"""Monthly review sessions 评议会 and their scores.

A session reviews the orders a community completed in one month (the same
rule app.orders.reviews.score checks) and is held in the first ten days of the
next month; sessions are drawn from the (community, month) pairs that have at
least two completed orders, up to September 2026, spread evenly: the pairs are
taken in a shuffled order that alternates communities.
"""

import datetime as dt
import json

from app.demo import order_texts as texts
from app.demo.order_flow import Outcome
from app.demo.tree import OrgPlan
from db.models import ReviewScore, ReviewSession

LAST_MONTH = "2026-09"
DEPUTIES = ("区人大代表", "区党代表", "区政协委员")
SCORES = ((5, 62), (4, 29), (3, 7), (2, 2))


class Reviews:
    def __init__(self, faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.completed: dict[tuple[str, str], list[tuple[str, int]]] = {}

    def note(self, out: Outcome) -> None:
        order = out.order
        if order["completed_at"] and order["state"] in ("completed", "closed"):
            key = (order["community"], order["completed_at"].strftime("%Y-%m"))
            self.completed.setdefault(key, []).append((order["uuid"], order["redo_count"]))

    def write(self, plan: OrgPlan, count: int) -> int:
        names = {c.uuid: c.name for c in plan.communities}
        pairs = sorted(k for k, v in self.completed.items() if len(v) >= 2 and k[1] <= LAST_MONTH)
        self.rng.shuffle(pairs)
        by_comm: dict[str, list] = {}
        for pair in pairs:
            by_comm.setdefault(pair[0], []).append(pair)
        chosen, queues = [], [by_comm[c] for c in sorted(by_comm)]
        while len(chosen) < count and any(queues):
            for queue in queues:
                if queue and len(chosen) < count:
                    chosen.append(queue.pop())
        for community, month in sorted(chosen, key=lambda p: (p[1], p[0])):
            self._session(community, names[community], month)
        return len(chosen)

    def _session(self, community: str, name: str, month: str) -> None:
        rng = self.rng
        start = dt.date.fromisoformat(f"{month}-01")
        held = (start + dt.timedelta(days=32)).replace(day=rng.randint(1, 10))
        reviewers = [{"name": self._name(), "kind": "requester"} for _ in range(rng.randint(1, 3))]
        reviewers += [{"name": f"{rng.choice(DEPUTIES)}{self._name()}", "kind": "deputy"} for _ in range(2)]
        reviewers += [{"name": self._name(), "kind": "representative"} for _ in range(rng.randint(3, 5))]
        orders = self.completed[(community, month)]
        scored = rng.sample(orders, min(len(orders), 12))
        uuid = self.new_id()
        values = [self._score(redo) for _, redo in scored]
        self.add(ReviewSession, {
            "uuid": uuid, "community": community, "month": month, "held_on": held,
            "place": f"{name}党群服务中心议事厅", "reviewers": json.dumps(reviewers, ensure_ascii=False),
            "notes": f"评议{month[:4]}年{int(month[5:])}月办结工单{len(values)}张，平均{sum(values) / len(values):.1f}分。"})
        for (order, _), value in zip(scored, values, strict=True):
            self.add(ReviewScore, {"uuid": self.new_id(), "session": uuid, "order": order, "score": value,
                                   "comment": rng.choice(texts.SCORE_COMMENTS[value])})

    def _score(self, redo: int) -> int:
        value = self.rng.choices([s for s, _ in SCORES], weights=[w for _, w in SCORES])[0]
        return max(2, value - redo)

    def _name(self) -> str:
        return self.faker.name(self.faker.gender())
