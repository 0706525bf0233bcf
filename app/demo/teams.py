"""Community manpower 社区力量 of the four supports: party task forces 党员突击队 (in-service
members of the community), volunteer teams 志愿服务队 (mostly residents; 管得宽, 一家亲 and
安居乐 first), co-building projects 共建项目 of a community and its registered units, and
volunteer services with the problems they solved.

Counts are the scale's: `task_forces` and `volunteer_teams` teams (none disbanded),
`projects` projects that are not dropped (a few dropped ones come on top), and services
whose problems_solved add up to exactly `problems_solved`.
"""

import datetime as dt

from app.demo import support_texts as texts
from app.demo.season import FIRST_DAY, LAST_DAY
from app.demo.tree import OrgPlan, Place, spread
from db.models import Project, Team, TeamMember, VolunteerService

DAY = dt.timedelta(days=1)
FOUNDED = (dt.date(2016, 3, 1), dt.date(2023, 12, 31))
DROPPED_SHARE = 0.025
STATUS_WEIGHTS = {"done": 72, "ongoing": 19, "planned": 9}
PROBLEMS_PER_SERVICE = 1.6


class Teams:
    def __init__(self, faker, new_id, add):
        self.faker, self.rng, self.new_id, self.add = faker, faker.rng, new_id, add
        self.teams: list[tuple[dict, str | None]] = []  # (team row, a task force's theme)
        self.projects: dict[str, list[dict]] = {}  # community -> projects started

    def write_teams(self, plan: OrgPlan, task_forces: int, volunteer_teams: int, members: list[dict],
                    residents: dict[str, list[tuple]]) -> None:
        by_comm: dict[str, list[dict]] = {}
        for m in members:
            by_comm.setdefault(m["community"], []).append(m)
        comms = plan.communities
        for comm, count in zip(comms, spread(self.rng, task_forces, len(comms)), strict=True):
            themes = self.rng.sample(list(texts.TASK_FORCES), min(count, len(texts.TASK_FORCES)))
            for k in range(count):
                theme = themes[k % len(themes)]
                name = f"{comm.name}{theme}党员突击队" + (f"（第{k // len(themes) + 1}队）" if k >= len(themes) else "")
                people = [(m["uuid"], None, m["name"], m["phone"]) for m in self._some(by_comm.get(comm.uuid), 8, 20)]
                self._team("task_force", comm, name, texts.TASK_FORCES[theme], people, theme)
        brands = list(texts.VOLUNTEER_TEAMS)
        order = brands[:3] + self.rng.sample(brands[3:], len(brands) - 3)
        used, index = set(), 0
        for comm, count in zip(comms, spread(self.rng, volunteer_teams, len(comms)), strict=True):
            for _ in range(count):
                brand = order[index % len(order)]
                index += 1
                name = f"{brand}志愿服务队" if brand not in used else f"{comm.name.removesuffix('社区')}{brand}志愿服务队"
                used.add(brand)
                heads = [(None, r[0], r[1], r[2]) for r in self._some(residents.get(comm.uuid), 8, 24)]
                party = [(m["uuid"], None, m["name"], m["phone"]) for m in self._some(by_comm.get(comm.uuid), 1, 5)]
                self._team("volunteer", comm, name, texts.VOLUNTEER_TEAMS[brand], heads + party, None)

    def _some(self, pool: list | None, low: int, high: int) -> list:
        pool = pool or []
        return self.rng.sample(pool, min(len(pool), self.rng.randint(low, high)))

    def _team(self, kind: str, comm: Place, name: str, focus: str, people: list[tuple], theme: str | None) -> None:
        rng, founded = self.rng, self.faker.date_between(*FOUNDED)
        team = {"uuid": self.new_id(), "kind": kind, "org_unit": comm.uuid, "name": name,
                "leader_name": people[0][2] if people else self.faker.name(self.faker.gender()), "focus": focus,
                "founded_on": founded, "disbanded_on": None}
        self.add(Team, team)
        for member, resident, person, phone in people:
            joined = self.faker.date_between(founded, dt.date(2026, 6, 30))
            left = self.faker.date_between(joined + DAY, LAST_DAY) if rng.random() < 0.05 else None
            self.add(TeamMember, {"uuid": self.new_id(), "team": team["uuid"], "member": member,
                                  "resident": resident, "name": person, "phone": phone, "joined_on": joined,
                                  "left_on": left})
        self.teams.append((team, theme))

    # -- co-building projects ------------------------------------------------------------------------------

    def write_projects(self, plan: OrgPlan, count: int, units: list[dict]) -> None:
        rng = self.rng
        by_comm: dict[str, list[dict]] = {}
        for u in units:
            by_comm.setdefault(u["community"], []).append(u)
        comms = [c for c in plan.communities if c.uuid in by_comm]
        cum, total = [], 0
        for c in comms:
            total += len(by_comm[c.uuid])
            cum.append(total)
        statuses = list(STATUS_WEIGHTS)
        dropped = max(1, round(count * DROPPED_SHARE)) if count else 0
        for k in range(count + dropped):
            comm = rng.choices(comms, cum_weights=cum)[0]
            status = "dropped" if k >= count else rng.choices(statuses, weights=list(STATUS_WEIGHTS.values()))[0]
            self._project(comm, status, by_comm[comm.uuid])

    def _project(self, comm: Place, status: str, units: list[dict]) -> None:
        rng = self.rng
        theme = rng.choice(list(texts.PROJECTS))
        goal, outcome = texts.PROJECTS[theme]
        lead = rng.choice(units)
        partners = [lead] + ([rng.choice(units)] if len(units) > 1 and rng.random() < 0.3 else [])
        parties = "、".join(dict.fromkeys([comm.name] + [u["name"] for u in partners]))
        started = ended = None
        if status == "done":
            started = self.faker.date_between(FIRST_DAY, LAST_DAY - 40 * DAY)
            ended = started + DAY * rng.randint(30, max(30, min(300, (LAST_DAY - started).days)))
            outcome = outcome.format(n=rng.randint(3, 30), k=rng.randint(2, 12), p=rng.randint(20, 400))
        elif status == "ongoing":
            started = self.faker.date_between(LAST_DAY - 300 * DAY, LAST_DAY - 5 * DAY)
            outcome = None
        elif status == "dropped":
            started = self.faker.date_between(FIRST_DAY, LAST_DAY - 150 * DAY)
            ended, outcome = started + DAY * rng.randint(20, 120), rng.choice(texts.DROPPED_REASONS)
        else:
            outcome = None
        row = {"uuid": self.new_id(), "community": comm.uuid, "unit": lead["uuid"], "name": f"{comm.name}{theme}项目",
               "parties": parties, "goal": goal, "status": status, "outcome": outcome, "started_on": started,
               "ended_on": ended}
        self.add(Project, row)
        if started and status != "dropped":
            self.projects.setdefault(comm.uuid, []).append(row)

    # -- volunteer services --------------------------------------------------------------------------------

    def write_services(self, problems: int) -> None:
        rng, teams = self.rng, self.teams
        if not problems or not teams:
            return
        count = max(1, round(problems / PROBLEMS_PER_SERVICE))
        solved = [0] * count
        for i in rng.choices(range(count), k=problems):
            solved[i] += 1
        volunteer = [t for t in teams if t[0]["kind"] == "volunteer"] or teams
        for n in solved:
            team, theme = rng.choice(volunteer) if rng.random() < 0.85 else rng.choice(teams)
            day = self._day(team, texts.SEASONS.get(theme))
            project = self._project_of(team["org_unit"], day) if rng.random() < 0.15 else None
            self.add(VolunteerService, {"uuid": self.new_id(), "team": team["uuid"], "org_unit": team["org_unit"],
                                        "project": project, "served_on": day,
                                        "title": f"{theme}行动" if theme else rng.choice(texts.SERVICES),
                                        "description": rng.choice(texts.SERVICE_NOTES),
                                        "volunteers": rng.randint(3, 25), "problems_solved": n})

    def _day(self, team: dict, months: tuple[int, ...] | None) -> dt.date:
        """Mostly at weekends; a seasonal task force's work in its season."""
        for _ in range(20):
            day = self.faker.date_between(max(FIRST_DAY, team["founded_on"]), LAST_DAY)
            if day.weekday() < 5 and self.rng.random() < 0.4:
                day = min(day + DAY * (5 - day.weekday()), LAST_DAY)
            if months is None or day.month in months:
                break
        return day

    def _project_of(self, community: str, day: dt.date) -> str | None:
        running = [p for p in self.projects.get(community, ())
                   if p["started_on"] <= day <= (p["ended_on"] or LAST_DAY)]
        return self.rng.choice(running)["uuid"] if running else None
