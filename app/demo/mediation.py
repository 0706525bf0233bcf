"""Demo records of the three governances 三治共促, written as app/mediation would
have left them (docs/mediation.md):

- 自治: `scale.meetings` deliberation meetings of the four kinds in grids, zones
  and communities, 1-2 matters each, exactly `scale.matters_resolved` of them
  settled in the grid or the community; the rest referred upward (some to the
  community's mediation committee, which then registers a case) or, when
  recent, still open;
- 人民调解: one or two mediators (Role.MEDIATOR) are appointed per community;
  exactly `scale.mediations` cases are accepted (the figure virtue.mediations),
  a few more are declined or only just registered. Parties come from the roster
  (name, ID, phone and address copied) or are typed (valid ID numbers and
  mobiles from the generator's Faker, so unique in the file). Each case runs
  through the state machine of app.mediation.cases — sessions, then an
  agreement (with follow-ups 回访), a failure or an end, then the archive — with
  one MediationEvent per transition; whatever would happen after season.NOW
  does not happen. Numbers follow cases._number, in order of registration per
  community and year;
- 德治: exactly the scale's count of activities of each built-in kind
  (neighbourhood festivals on their festival days);
- 法治: monthly consultation days and visits of each community's legal adviser
  and police liaison, and petitions in `scale.petition_communities`
  communities (no accidents, no crimes), so the zero rates follow.
"""

import contextlib
import datetime as dt

from app.demo import mediation_texts as texts
from app.demo import names
from app.demo.order_flow import BY
from app.demo.people import ROLE_SINCE
from app.demo.season import FIRST_DAY, LAST_DAY, NOW
from app.demo.tree import OrgPlan, Place
from app.mediation.cases import OVERDUE_DAYS, TRANSITIONS, committee_short_name
from db.connection import database
from db.models import (
    DeliberationMatter,
    DeliberationMeeting,
    LawVisit,
    MediationAgreement,
    MediationCase,
    MediationEvent,
    MediationFollowUp,
    MediationMediator,
    MediationParty,
    MediationSession,
    Person,
    Request,
    Role,
    RoleAssignment,
    SafetyEvent,
    VirtueActivity,
)

DAY, HOUR = dt.timedelta(days=1), dt.timedelta(hours=1)
RESOLVED_SHARE = 0.82  # of all matters (so the matters come to about matters_resolved / 0.82)
DECLINED_SHARE, PENDING_SHARE, STALLED_SHARE = 0.04, 0.01, 0.012
ORDERS_SHARE = 0.10  # cases that came from a residents' dispute request
ENDINGS = (("agree", 0.86), ("fail", 0.07), ("end", 0.07))
MONTHS = [(y, m) for y in range(FIRST_DAY.year, LAST_DAY.year + 1) for m in range(1, 13)
          if FIRST_DAY <= dt.date(y, m, 1) <= LAST_DAY]


def planned_rows(spec) -> int:
    """About how many rows the three governances add (for the progress percentage)."""
    activities = spec.family_education + spec.moral_lectures + spec.small_stool_talks + spec.neighbourhood_events
    visits = int(spec.communities * len(MONTHS) * 2.15) if spec.mediations else 0
    return int(spec.meetings * 2.3 + spec.mediations * 12 + activities + visits + 4 * spec.communities)


class Mediation:
    def __init__(self, faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.referrals: list[tuple[str, str, dt.date]] = []  # (matter, community, held_on) sent to mediation
        self.counts = {"meetings": 0, "matters_resolved": 0, "cases": 0, "accepted": 0}

    # -- people -------------------------------------------------------------------------------------------------

    def load(self, plan: OrgPlan, requesters: dict[str, list[tuple]]) -> None:
        """What the earlier phases wrote (flushed): role holders, household heads, dispute requests."""
        self.plan, self.requesters = plan, requesters
        self.grids_of: dict[str, list[Place]] = {}
        for g in plan.grids:
            self.grids_of.setdefault(g.community.uuid, []).append(g)
        self.zone_of = {g.uuid: z for z in plan.zones for g in z.children}
        self.cum = []
        total = 0
        for c in plan.communities:
            total += len(self.grids_of.get(c.uuid, [])) or 1
            self.cum.append(total)
        held = (RoleAssignment.select(RoleAssignment.role, RoleAssignment.org_unit, Person.uuid, Person.name)
                .join(Person, on=(RoleAssignment.person == Person.uuid))
                .where(RoleAssignment.end_date.is_null() & (RoleAssignment.deleted == False))  # noqa: E712
                .order_by(RoleAssignment.role, RoleAssignment.org_unit, Person.uuid).tuples())
        self.holders: dict[tuple[str, str], tuple[str, str]] = {}
        for role, unit, person, name in held:
            self.holders.setdefault((role, unit), (person, name))
        community_of = {g.uuid: g.community.uuid for g in plan.grids}
        self.disputes: dict[str, list[tuple[str, dt.datetime]]] = {}
        rows = (Request.select(Request.uuid, Request.grid, Request.received_at)
                .where((Request.category == "dispute") & (Request.state != "merged")
                       & (Request.received_at < NOW - 6 * DAY))
                .order_by(Request.received_at, Request.uuid).tuples())
        for uuid, grid, at in rows:
            if grid in community_of:
                self.disputes.setdefault(community_of[grid], []).append((uuid, at))

    def mediators(self) -> None:
        """One or two people's mediators per community that has none yet."""
        self.mediators_of: dict[str, list[tuple[str, str]]] = {}
        for comm in self.plan.communities:
            found = [v for (role, unit), v in self.holders.items() if role == Role.MEDIATOR and unit == comm.uuid]
            for _ in range(0 if found else 1 + (self.rng.random() < 0.6)):
                person = self.faker.person(self.new_id(), comm.uuid, (1955, 1990))
                self.add(Person, person)
                self.add(RoleAssignment, {"uuid": self.new_id(), "person": person["uuid"], "org_unit": comm.uuid,
                                          "role": Role.MEDIATOR, "start_date": self.faker.date_between(*ROLE_SINCE),
                                          "end_date": None})
                found.append((person["uuid"], person["name"]))
            self.mediators_of[comm.uuid] = found

    # -- 自治 ------------------------------------------------------------------------------------------------

    def write_meetings(self, count: int, resolved: int) -> None:
        rng = self.rng
        if not count:
            return
        days = sorted(self.faker.date_between(FIRST_DAY, LAST_DAY) for _ in range(count))
        per_meeting = _spread(rng, max(round(resolved / RESOLVED_SHARE), count, resolved), count)
        total = sum(per_meeting)
        settled = set(rng.sample(range(total), resolved))
        index = 0
        for day, n in zip(days, per_meeting, strict=True):
            kind = rng.choices(list(texts.KIND_WEIGHTS), weights=list(texts.KIND_WEIGHTS.values()))[0]
            unit, comm, host = self._meeting_unit()
            meeting = {"uuid": self.new_id(), "kind": kind, "org_unit": unit.uuid, "held_on": day,
                       "place": rng.choice(texts.KIND_PLACES[kind]).format(unit=comm.name), "host": host,
                       "attendance": rng.randint(12, 60), "notes": rng.choice(texts.MEETING_NOTES)}
            self.add(DeliberationMeeting, meeting)
            self.counts["meetings"] += 1
            for _ in range(n):
                self._matter(meeting, comm, kind, index in settled)
                index += 1

    def _community(self) -> Place:
        return self.rng.choices(self.plan.communities, cum_weights=self.cum)[0]

    def _meeting_unit(self) -> tuple[Place, Place, str]:
        rng, comm = self.rng, self._community()
        secretary = self.holders.get((Role.SECRETARY, comm.uuid), ("", f"{comm.name}书记"))[1]
        grids = self.grids_of.get(comm.uuid)
        r = rng.random()
        if grids and r < 0.6:
            grid = rng.choice(grids)
            return grid, comm, self.holders.get((Role.GRID_LEADER, grid.uuid), ("", secretary))[1]
        if grids and r < 0.7:
            return self.zone_of[rng.choice(grids).uuid], comm, secretary
        return comm, comm, secretary

    def _matter(self, meeting: dict, comm: Place, kind: str, settled: bool) -> None:
        rng = self.rng
        pool = texts.KIND_CATEGORIES[kind]
        if pool is None:
            category = rng.choices(list(texts.CATEGORY_WEIGHTS), weights=list(texts.CATEGORY_WEIGHTS.values()))[0]
        else:
            category = rng.choice(pool)
        uuid, day = self.new_id(), meeting["held_on"]
        if settled:
            outcome = "settled_grid" if rng.random() < 0.55 else "settled_community"
            self.counts["matters_resolved"] += 1
        else:
            outcome = "open" if day > LAST_DAY - 60 * DAY and rng.random() < 0.6 else "referred"
        follow_up = rng.choice(texts.FOLLOW_UPS[outcome]) if not settled or rng.random() < 0.7 else None
        if (outcome == "referred" and category in ("neighbours", "property_fees", "pets")
                and day <= LAST_DAY - 10 * DAY and rng.random() < 0.6):
            follow_up = texts.MEDIATION_REFERRAL
        if follow_up == texts.MEDIATION_REFERRAL:
            self.referrals.append((uuid, comm.uuid, day))
        self.add(DeliberationMatter, {"uuid": uuid, "meeting": meeting["uuid"],
                                      "topic": rng.choice(texts.TOPICS[category]), "category": category,
                                      "outcome": outcome, "follow_up": follow_up, "request": None})

    # -- 人民调解 --------------------------------------------------------------------------------------------

    def write_cases(self, accepted: int) -> None:
        """`accepted` cases accepted 受理, and a few declined or just registered; numbered in order."""
        if not accepted:
            return
        rng, plans = self.rng, []
        comm_by_uuid = {c.uuid: c for c in self.plan.communities}
        referrals = self.referrals[:accepted // 5]  # the others: the committee was busy, the matter stays referred
        for matter, comm, day in referrals:
            at = _office(rng, day + DAY * rng.randint(1, 5))
            plans.append((at, comm_by_uuid[comm], "accepted", "deliberation", matter))
        last, recent = NOW - 3 * DAY, max(1, round(accepted * PENDING_SHARE))
        for _ in range(recent):  # accepted in the last days, waiting for the first session
            at = (NOW - DAY * rng.uniform(2, 3)).replace(microsecond=0)
            plans.append((at, self._community(), "waiting", rng.choice(("walk_in", "grid_leader")), None))
        for fate, n in (("accepted", accepted - len(referrals) - recent),
                        ("declined", max(1, round(accepted * DECLINED_SHARE)))):
            for _ in range(n):
                comm = self._community()
                pool = self.disputes.get(comm.uuid)
                if fate == "accepted" and pool and rng.random() < ORDERS_SHARE:
                    request, received = rng.choice(pool)
                    plans.append((_office(rng, received.date() + DAY * rng.randint(1, 5)), comm, fate, "orders",
                                  request))
                    continue
                source = rng.choices(list(texts.SOURCE_WEIGHTS), weights=list(texts.SOURCE_WEIGHTS.values()))[0]
                plans.append((_office(rng, self.faker.date_between(FIRST_DAY, last.date())), comm, fate, source, None))
        for _ in range(max(1, round(accepted * PENDING_SHARE))):
            at = (NOW - HOUR * rng.uniform(2, 40)).replace(microsecond=0)
            comm = self._community()
            plans.append((at, comm, "pending", rng.choice(("walk_in", "grid_leader")), None))
        plans.sort(key=lambda p: (p[0], p[1].code))
        seqs: dict[tuple[str, int], int] = {}
        for at, comm, fate, source, link in plans:
            key = (comm.uuid, at.year)
            seqs[key] = seqs.get(key, 0) + 1
            self._case(at, comm, fate, source, link, seqs[key])

    def _case(self, at: dt.datetime, comm: Place, fate: str, source: str, link: str | None, seq: int) -> None:
        rng = self.rng
        dispute = rng.choices(list(texts.DISPUTE_WEIGHTS), weights=list(texts.DISPUTE_WEIGHTS.values()))[0]
        if source == "deliberation":
            dispute = rng.choice(("neighbours", "property_mgmt", "damages"))
        parties = self._parties(comm, dispute)
        a, b = parties[0]["name"], parties[1]["name"]
        case = {"uuid": self.new_id(), "number": f"{committee_short_name(comm)}调〔{at.year}〕第{seq:03d}号",
                "community": comm.uuid, "year": at.year, "seq": seq, "source": source, "dispute_type": dispute,
                "facts": rng.choice(texts.FACTS[dispute]).format(a=a, b=b), "place": rng.choice(texts.PLACES),
                "state": "registered", "registered_at": at, "accepted_at": None,
                "due_at": at + OVERDUE_DAYS * DAY, "concluded_at": None, "archived_at": None,
                "decline_reason": None, "conclusion": None, "request": link if source == "orders" else None,
                "matter": link if source == "deliberation" else None, "result_request": None}
        staff = self.mediators_of[comm.uuid]
        chosen = [(p, n, Role.MEDIATOR) for p, n in rng.sample(staff, 1 if len(staff) == 1 or rng.random() < 0.7
                                                                  else 2)]
        lawyer = self.holders.get((Role.LEGAL_ADVISER, comm.uuid))
        if lawyer and rng.random() < 0.35:
            chosen.append((*lawyer, Role.LEGAL_ADVISER))
        events, children = [], []
        run = _Run(case, events)
        run.move("register", at)
        with contextlib.suppress(_Stop):  # the rest would happen after now
            self._course(run, fate, a, b, chosen, children)
        self.add(MediationCase, case)
        for party in parties:
            self.add(MediationParty, {"uuid": self.new_id(), "case": case["uuid"], **party})
        for person, _, role in chosen:
            self.add(MediationMediator, {"uuid": self.new_id(), "case": case["uuid"], "person": person, "role": role})
        for model, row in children:
            self.add(model, {"uuid": self.new_id(), "case": case["uuid"], **row})
        for e in events:
            self.add(MediationEvent, {"uuid": self.new_id(), "case": case["uuid"], "by": BY, **e})
        self.counts["cases"] += 1
        self.counts["accepted"] += case["accepted_at"] is not None

    def _course(self, run: "_Run", fate: str, a: str, b: str, chosen: list, children: list) -> None:
        rng, case = self.rng, run.case
        if fate == "pending":
            return
        if fate == "declined":
            reason = rng.choice(texts.DECLINE_REASONS)
            run.move("decline", run.at + HOUR * rng.uniform(1, 48), reason)
            case["decline_reason"] = reason
            if rng.random() < 0.6:
                case["archived_at"] = run.move("archive", run.at + DAY * rng.uniform(3, 40))
            return
        accepted = run.move("accept", run.at + HOUR * rng.uniform(0.5, 40))
        case["accepted_at"] = accepted
        if fate == "waiting":
            return
        ending = rng.choices([e for e, _ in ENDINGS], weights=[w for _, w in ENDINGS])[0]
        if ending == "end" and rng.random() < 0.3:  # withdrawn before any session
            self._conclude(run, "end", run.at + DAY * rng.uniform(1, 10))
            return
        stalled = rng.random() < STALLED_SHARE and accepted < NOW - 45 * DAY
        sessions = 1 if stalled else rng.choices((1, 2, 3), weights=(55, 33, 12))[0]
        staff = "、".join(f"{'法律顾问' if role == Role.LEGAL_ADVISER else '调解员'}{name}" for _, name, role in chosen)
        for k in range(sessions):
            held = run.move("session", _office(rng, (run.at + DAY * rng.uniform(1, 7 if k == 0 else 10)).date()))
            children.append((MediationSession, {"held_at": held, "place": case["place"],
                                                "attendees": f"申请人{a}、被申请人{b}、{staff}",
                                                "notes": rng.choice(texts.SESSION_NOTES)}))
        if stalled:
            return  # still mediating: overdue
        at = run.at + HOUR * rng.uniform(0.5, 3)
        if ending != "agree":
            self._conclude(run, ending, at)
            return
        signed = run.move("agree", at, None).date()
        form = "written" if rng.random() < 0.9 else "oral"
        run.events[-1]["note"] = "书面协议" if form == "written" else "口头协议"
        case["concluded_at"] = dt.datetime.combine(signed, dt.time())
        template = rng.choice(texts.CONTENTS[case["dispute_type"]])
        money = rng.choice((2, 3, 5, 8, 10, 12, 15, 20, 30, 50, 80, 120)) * 100
        children.append((MediationAgreement, {
            "form": form, "facts": case["facts"], "content": template.format(a=a, b=b, money=money),
            "performance": rng.choice(texts.PERFORMANCE[:3]) if "{money}" in template else texts.PERFORMANCE[3],
            "perform_by": signed + DAY * rng.randint(7, 30) if form == "written" else None, "signed_on": signed}))
        kept = rng.random() < 0.93
        self._follow_up(run, kept, children)
        if not kept or rng.random() < 0.15:  # a broken agreement is visited again
            self._follow_up(run, True, children)
        if rng.random() < 0.85:
            case["archived_at"] = run.move("archive", run.at + DAY * rng.uniform(1, 20))

    def _follow_up(self, run: "_Run", kept: bool, children: list) -> None:
        rng = self.rng
        day = (run.at + DAY * rng.uniform(5, 30)).date()
        visited = run.move("follow_up", _office(rng, day), "协议已履行" if kept else "协议未履行").date()
        children.append((MediationFollowUp, {"visited_on": visited, "kept": kept, "by": BY,
                                             "notes": rng.choice(texts.FOLLOW_UP_KEPT if kept
                                                                 else texts.FOLLOW_UP_BROKEN)}))

    def _conclude(self, run: "_Run", action: str, at: dt.datetime) -> None:
        reason = self.rng.choice(texts.FAIL_REASONS if action == "fail" else texts.END_REASONS)
        run.case["concluded_at"] = run.move(action, at, reason)
        run.case["conclusion"] = reason
        if self.rng.random() < 0.75:
            run.case["archived_at"] = run.move("archive", run.at + DAY * self.rng.uniform(3, 30))

    def _parties(self, comm: Place, dispute: str) -> list[dict]:
        rng = self.rng
        sides = ["applicant", "respondent"] + (["third"] if rng.random() < 0.08 else [])
        roster_share = {"applicant": 0.7, "respondent": 0.45 if dispute != "property_mgmt" else 0.0, "third": 0.3}
        taken, rows = set(), []
        for side in sides:
            row = self._resident(comm, taken) if rng.random() < roster_share[side] else None
            rows.append({"side": side, **(row or self._typed())})
        return rows

    def _resident(self, comm: Place, taken: set) -> dict | None:
        grids = self.grids_of.get(comm.uuid)
        heads = self.requesters.get(self.rng.choice(grids).uuid) if grids else None
        if not heads:
            return None
        uuid = self.rng.choice(heads)[0]
        if uuid in taken:
            return None
        taken.add(uuid)
        name, gender, id_number, phone, address = database.execute_sql(
            "SELECT name, gender, id_number, phone, address FROM resident WHERE uuid = ?", (uuid,)).fetchone()
        return {"resident": uuid, "name": name, "gender": gender, "id_number": id_number, "phone": phone,
                "address": address}

    def _typed(self) -> dict:
        rng, faker = self.rng, self.faker
        gender = faker.gender()
        number = faker.id_number(gender, faker.birth_date((1950, 2000))) if rng.random() < 0.85 else None
        return {"resident": None, "name": faker.name(gender), "gender": gender if number else None,
                "id_number": number, "phone": faker.phone() if rng.random() < 0.9 else None,
                "address": f"商州区{rng.choice(names.STREETS)}{rng.randint(1, 300)}号"}

    # -- 德治 ------------------------------------------------------------------------------------------------

    def write_activities(self, counts: dict[str, int]) -> None:
        rng = self.rng
        festivals = [(dt.date.fromisoformat(d), title) for d, title in texts.FESTIVALS]
        for kind, count in counts.items():
            for _ in range(count):
                comm = self._community()
                grids = self.grids_of.get(comm.uuid)
                unit = rng.choice(grids) if grids and rng.random() < 0.25 else comm
                if kind == "neighbourhood":
                    day, title = rng.choice(festivals)
                    day = min(day + DAY * rng.randint(-2, 1), LAST_DAY)
                else:
                    day, title = self.faker.date_between(FIRST_DAY, LAST_DAY), rng.choice(texts.ACTIVITY_TITLES[kind])
                self.add(VirtueActivity, {"uuid": self.new_id(), "kind": kind, "org_unit": unit.uuid, "held_on": day,
                                          "title": title,
                                          "place": rng.choice(texts.ACTIVITY_PLACES[kind]).format(unit=comm.name),
                                          "organiser": rng.choice(texts.ACTIVITY_ORGANISERS),
                                          "audience": rng.randint(15, 120), "notes": None})

    # -- 法治 ------------------------------------------------------------------------------------------------

    def write_law(self, petition_communities: int) -> None:
        rng = self.rng
        plan = (("legal_adviser", (("consultation", 0.9, (3, 15)), ("talk", 0.25, (30, 120)))),
                ("police_liaison", (("visit", 0.8, (5, 30)), ("talk", 0.2, (30, 150)))))
        for comm in self.plan.communities:
            for role, kinds in plan:
                holder = self.holders.get((role, comm.uuid))
                if holder is None:
                    continue
                for year, month in MONTHS:
                    for kind, chance, audience in kinds:
                        if rng.random() >= chance:
                            continue
                        day = min(dt.date(year, month, rng.randint(1, 28)), LAST_DAY)
                        self.add(LawVisit, {"uuid": self.new_id(), "person": holder[0], "community": comm.uuid,
                                            "role": role, "kind": kind, "held_on": day,
                                            "topic": rng.choice(texts.LAW_TOPICS[role][kind]),
                                            "audience": rng.randint(*audience), "notes": None})
        for comm in rng.sample(self.plan.communities, min(petition_communities, len(self.plan.communities))):
            for _ in range(rng.randint(1, 2)):
                self.add(SafetyEvent, {"uuid": self.new_id(), "org_unit": comm.uuid, "kind": "petition",
                                       "occurred_on": self.faker.date_between(FIRST_DAY, LAST_DAY),
                                       "notes": rng.choice(texts.PETITIONS)})


class _Stop(Exception):
    """The next step would happen after season.NOW."""


class _Run:
    """A case's state and events, moved only along cases.TRANSITIONS, never past NOW."""

    def __init__(self, case: dict, events: list):
        self.case, self.events, self.at = case, events, case["registered_at"]

    def move(self, action: str, at: dt.datetime, note: str | None = None) -> dt.datetime:
        at = max(at.replace(microsecond=0), self.at + dt.timedelta(minutes=10)) if self.events else at
        if at > NOW:
            raise _Stop
        before = self.case["state"] if self.events else None
        after = "registered" if action == "register" else TRANSITIONS[action][before]
        self.case["state"], self.at = after, at
        self.events.append({"at": at, "action": action, "from_state": before, "to_state": after, "note": note})
        return at


def _office(rng, day: dt.date) -> dt.datetime:
    """A time in office hours (08:30-17:30 local = 00:30-09:30 UTC) of `day`."""
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=int(rng.uniform(0.5, 9.5) * 3600))


def _spread(rng, total: int, parts: int) -> list[int]:
    """`total` matters over `parts` meetings, at least one each, summing exactly."""
    counts = [1] * parts
    for i in rng.choices(range(parts), k=total - parts):
        counts[i] += 1
    return counts
