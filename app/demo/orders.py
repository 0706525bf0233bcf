"""Demo records of the four orders 四单: requests, needs, service orders.

`scale.requests` requests (merged duplicates come on top and are not counted,
as in the figures) are spread over the days of app/demo/season.py, numbered
per year in order of receipt ("611002-2025-000123"). A fixed share
(NEED_SHARE, by systematic sampling, so the count is exact to one) becomes
accept-and-handle 受理自办 and a need-list item; the others are replies or
transfers, closed by their due time 98-99% of the time. About ORDER_SHARE of the
needs that have a valid offer of their category in their community are
dispatched to one (app/demo/order_flow.py simulates the order); the rest are
handled by the community itself, or still open when recent. Every value
follows app/orders: due_at from catalogue.deadline(category, urgency), order
numbers "GD-<request number>-<n>", need and request states after each outcome.
"""

import datetime as dt
import heapq
import math
from dataclasses import dataclass

from app.demo import order_texts as texts
from app.demo import season
from app.demo.offers import Offers
from app.demo.order_flow import Flow
from app.demo.reviews import Reviews
from app.demo.season import NOW, UTC_OFFSET
from app.orders.catalogue import URGENCIES, deadline
from db.models import Need, Request

NEED_SHARE = 0.1934  # 8,316 of 43,000 (需求清单8300余份)
ORDER_SHARE = 0.352  # of the needs with an offer: 2,8xx live service orders
OFFER_SHARE = 0.098  # offers per request: 4,214 at 43,000 (供给清单4200余份)
SESSIONS_PER_REQUEST = 52 / 43_000  # review sessions (评议52次)
DUPLICATE_SHARE = 0.004
TRANSFER = {"utilities": 0.7, "property": 0.45, "safety": 0.5, "policy": 0.15, "noise": 0.45, "parking": 0.4,
            "sanitation": 0.45, "greening": 0.4}
URGENT = {"safety": 0.25, "utilities": 0.15, "dispute": 0.1}
CHANNELS = ("visit", "phone", "walk_in", "online", "meeting")
CHANNEL_WEIGHTS = (35, 25, 15, 20, 5)
HOUR = dt.timedelta(hours=1)


@dataclass
class Grid:
    uuid: str
    community: str
    requesters: list[tuple]  # (resident uuid, name, phone)


class Orders:
    def __init__(self, faker, new_id, add, root_code: str):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.root_code = root_code
        self.rules = {(c, u): deadline(c, u) for c in season.CATEGORIES for u in URGENCIES}
        self.offers = Offers(faker, new_id, add)
        self.flow = Flow(self.rng, new_id, add)
        self.reviews = Reviews(faker, new_id, add)
        self.numbers: dict[int, int] = {}
        self.pending: list[tuple] = []  # merged duplicates waiting for their receipt time
        self.counts = {"requests": 0, "needs": 0, "orders": 0}
        self.matchable, self.order_offset = 0, self.rng.random()
        self.forced = ["return", "cancel", "redo"]  # every state appears at every scale
        self.left_in_redo = False

    def write_offers(self, plan, requests: int, units: list[dict], members: list[dict]) -> None:
        self.offers.write(plan, max(round(requests * OFFER_SHARE), 15 * len(plan.communities)), units, members)

    def write_requests(self, plan, requests: int, requesters: dict[str, list[tuple]]) -> None:
        grids = [Grid(g.uuid, g.community.uuid, requesters.get(g.uuid, [])) for g in plan.grids]
        cum, total = [], 0
        for g in grids:
            total += len(g.requesters) + 1
            cum.append(total)
        days, codes = season.days(), list(season.CATEGORIES)
        offset, index = self.rng.random(), 0
        for day, count in zip(days, season.allocate(requests, [d.weight for d in days]), strict=True):
            for at in self._times(day, count):
                index += 1
                handle = math.floor(offset + index * NEED_SHARE) > math.floor(offset + (index - 1) * NEED_SHARE)
                category = self.rng.choices(codes, cum_weights=day.handle if handle else day.quick)[0]
                grid = self.rng.choices(grids, cum_weights=cum)[0]
                self._emit_duplicates(at)
                self._request(at, grid, category, handle)
        self._emit_duplicates(NOW)

    def write_reviews(self, plan, requests: int) -> None:
        self.reviews.write(plan, max(2, round(requests * SESSIONS_PER_REQUEST)))

    def _times(self, day: season.Day, count: int) -> list[dt.datetime]:
        rng, base = self.rng, dt.datetime.combine(day.date, dt.time(8)) - UTC_OFFSET
        hours = rng.choices(range(14), weights=day.hours, k=count)
        return sorted(base + dt.timedelta(seconds=h * 3600 + rng.randrange(3600)) for h in hours)

    def _number(self, at: dt.datetime) -> str:
        n = self.numbers[at.year] = self.numbers.get(at.year, 0) + 1
        return f"{self.root_code}-{at.year}-{n:06d}"

    def _requester(self, grid: Grid) -> tuple:
        if grid.requesters and self.rng.random() < 0.82:
            return self.rng.choice(grid.requesters)
        gender = self.faker.gender()
        return None, self.faker.name(gender), self.faker.phone() if self.rng.random() < 0.7 else None

    def _urgency(self, category: str) -> str:
        r = self.rng.random()
        urgent = URGENT.get(category, 0.06)
        return "urgent" if r < urgent else "low" if r > 0.86 else "normal"

    def _request(self, at: dt.datetime, grid: Grid, category: str, handle: bool) -> None:
        rng = self.rng
        urgency = self._urgency(category)
        rule = self.rules[(category, urgency)]
        resident, name, phone = self._requester(grid)
        row = {"uuid": self.new_id(), "number": self._number(at), "grid": grid.uuid, "resident": resident,
               "requester_name": name, "requester_phone": phone,
               "channel": rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0],
               "content": texts.request_text(rng, category), "category": category, "urgency": urgency,
               "kind": None, "department": None, "state": "new", "received_at": at,
               "due_at": at + HOUR * rule.complete_hours, "closed_at": None, "answer": None, "merged_into": None}
        self.counts["requests"] += 1
        need, outcomes = self._need(row, grid, rule) if handle else self._quick(row, rule)
        self.add(Request, row)
        if need:
            self.add(Need, need)
        for outcome in outcomes:
            self.flow.write(outcome)
            self.reviews.note(outcome)
        open_until = row["closed_at"] or NOW
        if row["kind"] != "reply" and rng.random() < DUPLICATE_SHARE and open_until - at > 2 * HOUR:
            dup_at = at + (min(open_until, at + 48 * HOUR) - at) * rng.uniform(0.05, 0.95)
            heapq.heappush(self.pending, (dup_at.replace(microsecond=0), row["number"], row, grid))

    def _emit_duplicates(self, until: dt.datetime) -> None:
        """Write the duplicates received by `until`, merged into their open original."""
        while self.pending and self.pending[0][0] <= until:
            at, _, original, grid = heapq.heappop(self.pending)
            resident, name, phone = self._requester(grid)
            self.add(Request, {**original, "uuid": self.new_id(), "number": self._number(at), "resident": resident,
                               "requester_name": name, "requester_phone": phone,
                               "channel": self.rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0],
                               "content": f"再次反映：{original['content']}", "kind": None, "department": None,
                               "state": "merged", "received_at": at,
                               "due_at": at + (original["due_at"] - original["received_at"]),
                               "closed_at": at, "answer": None, "merged_into": original["uuid"]})

    def _quick(self, row: dict, rule) -> tuple[None, list]:
        rng, at = self.rng, row["received_at"]
        if rng.random() < TRANSFER.get(row["category"], 0.25):
            classified = at + HOUR * rng.uniform(0.3, 8)
            done = at + HOUR * rule.complete_hours * rng.uniform(0.1, 0.85)
            if rng.random() < 0.02:
                done = row["due_at"] + HOUR * rng.uniform(2, 120)
            if classified <= NOW:
                department = rng.choice(texts.DEPARTMENTS[row["category"]])
                row.update(kind="transfer", department=department, state="transferred")
                if done <= NOW:
                    row.update(state="closed", closed_at=done.replace(microsecond=0),
                               answer=rng.choice(texts.FEEDBACKS).format(dep=department))
            return None, []
        done = at + HOUR * rng.uniform(0.2, 30)
        if rng.random() < 0.01:
            done = row["due_at"] + HOUR * rng.uniform(2, 96)
        if done <= NOW:
            row.update(kind="reply", state="closed", closed_at=done.replace(microsecond=0),
                       answer=rng.choice(texts.REPLIES))
        return None, []

    def _need(self, row: dict, grid: Grid, rule) -> tuple[dict, list]:
        """Classified as handle (always before now): the need, and the orders that served it."""
        rng, at = self.rng, row["received_at"]
        since = min(at + HOUR * rng.uniform(0.5, 20), NOW)
        row.update(kind="handle", state="need")
        need = {"uuid": self.new_id(), "request": row["uuid"], "community": grid.community,
                "category": row["category"], "description": row["content"], "state": "open"}
        self.counts["needs"] += 1
        dispatch_at = since + HOUR * rng.uniform(2, 72)
        offers = self.offers.valid(need["community"], need["category"], dispatch_at.date())
        outcomes = []
        if offers and dispatch_at <= NOW and self._take_order():
            since = self._dispatch(row, need, offers, dispatch_at, outcomes)
        if need["state"] == "open":
            self._handled(row, need, since)
        return need, outcomes

    def _dispatch(self, request: dict, need: dict, offers: list, at: dt.datetime, outcomes: list) -> dt.datetime:
        """Dispatch (again after a return) until an order stays; returns when the need fell back to the pool."""
        rng = self.rng
        while at <= NOW:
            offer = rng.choice(offers)
            outcome = self._order(request, need, offer, at, len(outcomes) + 1)
            outcomes.append(outcome)
            need["state"] = "ordered"
            if outcome.end == "closed":
                need["state"] = "closed"
                request.update(state="closed", closed_at=outcome.at)
            elif outcome.end in ("returned", "cancelled"):
                need["state"] = "open"
                if outcome.end == "returned":
                    at = outcome.at + HOUR * rng.uniform(2, 48)
                    offers = [o for o in self.offers.valid(need["community"], need["category"], at.date())
                              if o is not offer] or offers
                    continue
                return outcome.at
            break
        return at

    def _take_order(self) -> bool:
        """Systematic sampling of ORDER_SHARE of the needs that could be matched."""
        self.matchable += 1
        n = self.matchable
        return math.floor(self.order_offset + n * ORDER_SHARE) > math.floor(self.order_offset + (n - 1) * ORDER_SHARE)

    def _fate(self, at: dt.datetime) -> str:
        if self.forced:
            return self.forced.pop()
        if not self.left_in_redo and at > NOW - dt.timedelta(days=30):
            self.left_in_redo = True
            return "redo_open"
        return self.flow.fate()

    def _order(self, request: dict, need: dict, offer, at: dt.datetime, n: int):
        rule = self.rules[(need["category"], request["urgency"])]
        at = at.replace(microsecond=0)
        reasons = ["同一社区", f"可同时接 {offer.capacity} 单"]
        if offer.availability:
            reasons.append(f"可服务时间：{offer.availability}")
        order = {"uuid": self.new_id(), "number": f"GD-{request['number']}-{n}", "need": need["uuid"],
                 "offer": offer.uuid, "community": need["community"], "state": "dispatched", "dispatched_at": at,
                 "respond_by": at + HOUR * rule.respond_hours, "complete_by": at + HOUR * rule.complete_hours,
                 "responded_at": None, "completed_at": None, "closed_at": None, "contact_note": None,
                 "result": None, "feedback": None, "return_reason": None, "redo_count": 0, "supervised": False,
                 "match_reason": "；".join(reasons)}
        self.counts["orders"] += 1
        return self.flow.run(order, self._fate(at), HOUR * rule.respond_hours, HOUR * rule.complete_hours)

    def _handled(self, request: dict, need: dict, since: dt.datetime) -> None:
        """Handled by the community directly, or still open if that would be after now."""
        at = since + dt.timedelta(days=self.rng.uniform(0.5, 10))
        if at <= NOW:
            need["state"] = "handled"
            request.update(state="closed", closed_at=at.replace(microsecond=0), answer=self.rng.choice(texts.HANDLED))
