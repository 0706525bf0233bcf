"""The district rehearsal: a whole district stood up and run the way a deployment is,
one SQLite file per site, through the same CLI and app/ functions the offices use.

- `stand_up()`: the district from `demo`, every subdistrict and community enrolled
  (`site enroll`), created from its file (`init --join`), its fingerprint compared
  and trusted (`keys --trust`), then a first round so every site holds its scope.
- `week()`: work at every site (requests, service orders, mediation cases,
  deliberation meetings, ledger entries, roster edits), with a conflict made on
  purpose where a subdistrict and a community edit the same resident.
- `courier()`: the sticks carried community -> subdistrict -> district and back
  down, in the order a courier goes, with the faults real sticks have (a stick
  lost, a bundle imported twice, bundles out of order, a site's clock a day
  behind, a subdistrict that relays late).
- `rebuild()`: a community PC dies and is rebuilt from a reissued enrolment and a
  recovery bundle.
- `verify()`: every site's data equals the district's copy of its scope, the
  figures agree, acknowledgements are current, the district lists every site with
  its true last bundle and no stale gap, and the only conflicts are the planned ones.

Used by tests/exchange/test_rehearsal.py (the `rehearsal` scale: Shangzhou's 31 sites at small
volume) and tests/bench/bench_rehearsal.py (the `shangzhou` scale, timed).
"""

import contextlib
import datetime as dt
import io
import json
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import main
from app import org
from app.demo import DEMO_ADMIN, generate
from app.grid import residents
from app.session import close_session, open_session
from db import context
from db.models import Level, OrgUnit, Resident
from tests import exchange_helpers

PASSWORD = "rehearsal-pass-1"
DAY_MS = 86_400_000


@dataclass
class Site:
    name: str
    level: str
    code: str
    db: Path
    uuid: str = ""
    parent: "Site | None" = None
    clock_behind: bool = False
    home: Path | None = None  # the PC's data folder (its secret keys live there)


@dataclass
class District:
    root: Path
    sites: dict[str, Site] = field(default_factory=dict)  # by org code
    planned_conflicts: dict[str, str] = field(default_factory=dict)  # resident uuid -> site code that sees it
    timings: dict[str, list[float]] = field(default_factory=dict)
    sizes: list[int] = field(default_factory=list)
    stick_no: int = 0
    rng: random.Random = field(default_factory=lambda: random.Random(7))

    @property
    def district(self) -> Site:
        return next(s for s in self.sites.values() if s.level == "district")

    def below(self, site: Site) -> list[Site]:
        return [s for s in self.sites.values() if s.parent is site]

    def of_level(self, level: str) -> list[Site]:
        return sorted((s for s in self.sites.values() if s.level == level), key=lambda s: s.code)

    def stick(self) -> Path:
        self.stick_no += 1
        folder = self.root / f"U盘 #{self.stick_no} %20"
        folder.mkdir()
        return folder

    def timed(self, what: str, started: float) -> None:
        self.timings.setdefault(what, []).append(time.perf_counter() - started)


# ------------------------------------------------------------------ the CLI, in-process

@contextlib.contextmanager
def on_pc(site: Site | None):
    """The site's own PC: its data folder (each office keeps its keys on its own PC)."""
    saved = os.environ.get("GRIDDESK_DATA_DIR")
    if site is not None and site.home is not None:
        os.environ["GRIDDESK_DATA_DIR"] = str(site.home)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("GRIDDESK_DATA_DIR", None)
        else:
            os.environ["GRIDDESK_DATA_DIR"] = saved


def cli(*argv, stdin: str = "", site: Site | None = None) -> str:
    """Run `main.py ARGV` on `site`'s PC, in this process (as the offices do, without a new
    interpreter each time); returns what it printed, raises on a non-zero exit."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with on_pc(site), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main.main([str(a) for a in argv])
    finally:
        sys.stdin = saved
        close_session()
    if code != 0:
        raise RuntimeError(f"main.py {' '.join(map(str, argv))} -> {code}: {err.getvalue()}{out.getvalue()}")
    return out.getvalue()


@contextlib.contextmanager
def at(site: Site, user: str = DEMO_ADMIN):
    """Signed in at the site's own PC (a PC whose clock is a day behind stamps with it)."""
    with on_pc(site), exchange_helpers.at(site.db, user):
        if site.clock_behind:
            context.current.clock._wall = lambda: time.time_ns() // 1_000_000 - DAY_MS
        yield


# ------------------------------------------------------------------ standing the district up

@dataclass
class Window:
    """Sites enrolled and joined through the window's dialogs instead of the CLI:
    `enrol(d, code, name, level, file) -> site uuid` and `join(d, site, file)`."""
    codes: set[str]
    enrol: object
    join: object


def stand_up(root: Path, scale: str, window: Window | None = None) -> District:
    root.mkdir(parents=True, exist_ok=True)
    d = District(root)
    district_db = root / "商州区 区级 #0.sqlite3"
    d.sites["611002"] = Site("商州区", "district", "611002", district_db, home=root / "PC 区级 数据")
    with on_pc(d.district):
        generate(district_db, scale=scale, seed=1)
        close_session()
    with at(d.district):
        from app.session import local_site
        d.district.uuid = local_site().uuid
        units = [(u.code, u.name, u.level, u.path) for u in OrgUnit.live().where(OrgUnit.level <= Level.COMMUNITY)]
    subs = sorted((u for u in units if u[2] == Level.SUBDISTRICT), key=lambda u: u[0])
    coms = sorted((u for u in units if u[2] == Level.COMMUNITY), key=lambda u: u[0])
    files = {}
    for code, name, _level, _path in subs:
        site, files[code] = _enrol(d, code, name, "subdistrict", d.district, window)
    for site in d.of_level("subdistrict"):
        _join(d, site, files[site.code], window)
        _first_contact(d, site)
    for code, name, _level, path in coms:  # in one sitting, once the subdistricts are trusted
        parent = next(s for s in d.of_level("subdistrict") if path.startswith(_path_of(units, s.code)))
        _site, files[code] = _enrol(d, code, name, "community", parent, window)
    for sub in d.of_level("subdistrict"):
        _send(d, d.district, sub)  # the subdistrict learns of the sites enrolled below it
    for site in d.of_level("community"):
        _join(d, site, files[site.code], window)
        _first_contact(d, site)
    courier(d)
    return d


def _path_of(units, code: str) -> str:
    return next(u[3] for u in units if u[0] == code)


def _enrol(d: District, code: str, name: str, level: str, parent: Site,
           window: Window | None = None) -> tuple[Site, Path]:
    """The district registers the site and writes its enrolment file."""
    file = d.root / f"登记 {code} #.json"
    site = Site(name, level, code, d.root / f"{code} {name} #%.sqlite3", parent=parent,
                home=d.root / f"PC {code} 数据")
    if window is not None and code in window.codes:
        with on_pc(d.district):
            site.uuid = window.enrol(d, code, name, level, file)
    else:
        printed = cli("site", "enroll", "--db", d.district.db, "--name", name, "--level", level, "--org", code,
                      "--out", file, site=d.district)
        site.uuid = printed.split("编号 ")[1].split("）")[0]
    d.sites[code] = site
    return site, file


def _join(d: District, site: Site, file: Path, window: Window | None = None) -> None:
    """The new site's PC is set up from the file the courier brought."""
    started = time.perf_counter()
    if window is not None and site.code in window.codes:
        with on_pc(site):
            window.join(d, site, file)
    else:
        cli("init", "--db", site.db, "--join", file, "--admin", DEMO_ADMIN, *JOIN_OPTIONS, stdin=f"{PASSWORD}\n",
            site=site)
    d.timed("join", started)


JOIN_OPTIONS = ["--yes"]  # the fingerprint was compared over the phone (init --join asks otherwise)
TRUST_OPTIONS = ["--yes"]


def _first_contact(d: District, site: Site) -> None:
    """The new site's first bundle: the site above compares the fingerprint and trusts it."""
    bundle = _export(d, site, site.parent, d.stick())
    cli("keys", "--db", site.parent.db, "--trust", bundle, *TRUST_OPTIONS, site=site.parent)
    _import(d, site.parent, bundle)


# ------------------------------------------------------------------ bundles

def _export(d: District, src: Site, dst: Site, stick: Path, *, recovery: bool = False) -> Path:
    started = time.perf_counter()
    extra = ["--recovery"] if recovery else []
    printed = cli("export", "--db", src.db, "--to", dst.code, "--out", stick, *extra, site=src)
    path = Path(printed.strip().splitlines()[-1])
    d.timed("export", started)
    d.sizes.append(path.stat().st_size)
    return path


def _import(d: District, dst: Site, bundle: Path) -> dict:
    started = time.perf_counter()
    result = json.loads(cli("import", "--db", dst.db, bundle, "--json", site=dst).strip().splitlines()[-1])
    d.timed("import", started)
    assert result["ok"], result
    return result


def _send(d: District, src: Site, dst: Site) -> dict:
    return _import(d, dst, _export(d, src, dst, d.stick()))


def courier(d: District, *, faults: bool = False, late: Site | None = None) -> None:
    """One round: up from the communities, up from the subdistricts, down to the
    subdistricts, down to the communities. `late`: a subdistrict whose bundles to the
    district miss this round. `faults`: the stick troubles of a real week."""
    coms, subs = d.of_level("community"), d.of_level("subdistrict")
    for com in coms:
        if faults and com is coms[0]:
            _lost_then_out_of_order(d, com)
        elif faults and com is coms[1]:
            bundle = _export(d, com, com.parent, d.stick())
            _import(d, com.parent, bundle)
            again = _import(d, com.parent, bundle)  # the same stick imported twice
            assert again["duplicate_of"]
        else:
            _send(d, com, com.parent)
    for sub in subs:
        if sub is not late:
            _send(d, sub, d.district)
    for sub in subs:
        _send(d, d.district, sub)
    for com in coms:
        _send(d, com.parent, com)


def _lost_then_out_of_order(d: District, com: Site) -> None:
    """Bundle n is lost on the way; n+1 arrives; then n is found and imported after it."""
    first = _export(d, com, com.parent, d.stick())
    lost = first.with_name("遗失 " + first.name)
    first.rename(lost)
    with at(com):
        _work_at_community(d, com, 1)
    second = _export(d, com, com.parent, d.stick())
    _import(d, com.parent, second)
    late = _import(d, com.parent, lost)  # the old bundle after the new one
    assert late["older"] and not late["missing"]


# ------------------------------------------------------------------ a week of work

def week(d: District, n: int) -> None:
    """Every site works; one subdistrict and one of its communities edit the same resident
    (a planned conflict, seen by the community when the subdistrict's newer edit comes down)."""
    for com in d.of_level("community"):
        started = time.perf_counter()
        with at(com):
            _work_at_community(d, com, n)
        d.timed("a week's work at a community", started)
    com = d.of_level("community")[n % len(d.of_level("community"))]
    with at(com):
        target = _some_resident(com.code, d.rng)
        residents.update(target.uuid, residents.ResidentInput(name=f"社区改{n}", phone=target.phone or ""))
    with at(com.parent):
        residents.update(target.uuid, residents.ResidentInput(name=f"街道改{n}", phone=target.phone or ""))
    d.planned_conflicts[target.uuid] = com.code
    _linkage_week(d, n)


def _some_resident(code: str, rng: random.Random) -> Resident:
    path = org.by_code(code).path
    grids = OrgUnit.live().where(OrgUnit.under(path) & (OrgUnit.level == Level.GRID))
    people = list(Resident.live().where(Resident.grid.in_(grids)).order_by(Resident.uuid).limit(50))
    return rng.choice(people)


def _work_at_community(d: District, com: Site, n: int) -> None:
    from app.orders import catalogue, requests

    rng = d.rng
    unit = org.by_code(com.code)
    grids = list(OrgUnit.live().where(OrgUnit.under(unit.path) & (OrgUnit.level == Level.GRID)).order_by(OrgUnit.code))
    grid = rng.choice(grids)
    person = residents.add(grid.uuid, residents.ResidentInput(name=f"新居民{n}{rng.randint(10, 99)}",
                                                            phone=f"139{rng.randint(10000000, 99999999)}"))
    old = _some_resident(com.code, rng)
    residents.update(old.uuid, residents.ResidentInput(name=old.name, phone=old.phone or "",
                                                      address=f"{grid.name}{rng.randint(1, 30)}号"))
    codes = list(catalogue.categories())
    for i in range(2):
        req = requests.log(requests.RequestInput(grid_uuid=grid.uuid, content=f"第{n}周诉求{i}：楼道灯不亮",
                                                 category=rng.choice(codes), resident_uuid=person.uuid))
        if i == 0:
            requests.classify(req.uuid, "reply", answer="已联系物业，今日修复。")
    _mediation(unit, grid, n)
    _meeting(grid, n)
    _ledger(unit, n)


def _mediation(unit, grid, n: int) -> None:
    from app.mediation import cases

    case = cases.register(cases.CaseInput(dispute_type="neighbours", facts=f"第{n}周：楼上漏水，邻里纠纷。",
                                          community_uuid=grid.uuid, parties=[
                                              cases.PartyInput(side="applicant", name="王某"),
                                              cases.PartyInput(side="respondent", name="李某")]))
    mediators = _mediators(unit)
    if mediators:
        cases.add_mediator(case.uuid, mediators[0])
        cases.accept(case.uuid)


def _mediators(unit) -> list[str]:
    from db.models import Person, Role, RoleAssignment

    rows = (RoleAssignment.live().join(Person, on=(RoleAssignment.person == Person.uuid))
            .where((RoleAssignment.role == Role.MEDIATOR) & (RoleAssignment.org_unit == unit)))
    return [r.person.uuid for r in rows.limit(1)]


def _meeting(grid, n: int) -> None:
    from app.mediation import meetings

    meetings.hold(meetings.MeetingInput(org_unit_uuid=grid.uuid, held_on=dt.date.today(), place="居民说事堂",
                                        host="网格长", attendance=12, matters=[
                                            meetings.MatterInput(topic=f"第{n}周：小区停车", category="parking", outcome="settled_grid")]))


def _ledger(unit, n: int) -> None:
    """A compound party branch the community founds keeps its books here: allocation, then expenses."""
    from app.funds import funds, ledger

    name = f"{unit.name}演练小区党支部"
    branch = next((b for b in funds.branches(unit.uuid) if b.name == name), None)
    if branch is None:
        branch = funds.add_branch(unit.uuid, name, "演练小区")
    fund = funds.open_fund(branch.uuid, "compound_party", 2026)
    if ledger.balance(fund) < 100_00:
        ledger.post_allocation(fund.uuid, "20000", dt.date.today(), f"商财〔2026〕{n}号")
    ledger.post_expense(fund.uuid, ledger.ExpenseInput(posted_on=dt.date.today(), amount="120.50", payee="文具店",
                                                       purpose=_purpose(), approver="社区书记",
                                                       description=f"第{n}周办公用品"))


def _purpose() -> str:
    from app.funds.types import PURPOSES

    return next(iter(PURPOSES))


# ------------------------------------------------------------------ a PC rebuilt

def rebuild(d: District, com: Site) -> None:
    """The community PC dies: the district reissues the enrolment, the new PC joins from it,
    the subdistrict trusts the new keys and sends a recovery bundle."""
    com.db.unlink()
    for extra in com.db.parent.glob(com.db.name + "-*"):
        extra.unlink()
    file = d.root / f"重新登记 {com.code}.json"
    cli("site", "reissue", "--db", d.district.db, "--site", com.code, "--out", file, site=d.district)
    com.home = d.root / f"PC {com.code} 新电脑"  # a new PC: a new data folder, new keys
    cli("init", "--db", com.db, "--join", file, "--admin", DEMO_ADMIN, *JOIN_OPTIONS, stdin=f"{PASSWORD}\n",
        site=com)
    first = _export(d, com, com.parent, d.stick())
    cli("keys", "--db", com.parent.db, "--revoke", com.uuid, *TRUST_OPTIONS, site=com.parent)
    cli("keys", "--db", com.parent.db, "--trust", first, *TRUST_OPTIONS, site=com.parent)
    _import(d, com.parent, first)
    _import(d, com, _export(d, com.parent, com, d.stick(), recovery=True))


# ------------------------------------------------------------------ a stolen key

def attack(d: District, com: Site) -> dict[str, str]:
    """A community whose key was stolen tries every case of the corpus on its subdistrict;
    each is refused with its code and changes nothing. Returns case -> code."""
    from tests import hostile_cases

    sibling = next(s for s in d.below(com.parent) if s is not com)
    elsewhere = next(s for s in d.of_level("community") if s.parent is not com.parent)
    victim = com.parent
    probe = hostile_cases.Attack(com.code, sibling.code, com.uuid, victim.uuid, victim.db, "", d.stick(),
                                 lambda: at(com), lambda: at(victim))
    probe.b_resident = probe.uuid_of("resident", "grid_uuid IN (SELECT uuid FROM org_unit WHERE path LIKE ?)",
                                     (f"%{sibling.code}/%",))
    done = {}
    for name, (code, parts) in hostile_cases.cases(probe).items():
        done[name] = hostile_cases.refused(probe, hostile_cases.forge(probe, parts), code).code
    for name, (code, meta) in hostile_cases.meta_cases(elsewhere.uuid).items():
        done[f"exchange_meta: {name}"] = hostile_cases.refused(probe, hostile_cases.forge(probe, [], meta=meta),
                                                               code).code
    down = {"since_seq": 0, "until_seq": 1, "ack_seq": 0, "kind": "down"}
    done["a community sends kind down"] = hostile_cases.refused(
        probe, hostile_cases.forge(probe, [], meta=down, kind="down"), "E_SCOPE").code
    return done


# ------------------------------------------------------------------ the end state


def _rows(db: Path) -> dict[str, dict[str, tuple]]:
    """Every synced row of a site's file, by table and uuid (read-only, outside the app)."""
    import sqlite3

    from db.models import SYNC_MODELS

    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for model in SYNC_MODELS:
            table = model._meta.table_name
            cur = con.execute(f'SELECT * FROM "{table}"')
            out[table] = {row[0]: row for row in cur}  # uuid is the first column
        return out
    finally:
        con.close()


def _paths(db: Path) -> dict[str, dict[str, str | None]]:
    from app.exchange.rows import stored_path
    from app.exchange.tables import ORDER
    from db.connection import database

    close_session()
    open_session(db)
    try:
        return {t: {u: stored_path(t, u) for (u,) in database.execute_sql(f'SELECT uuid FROM "{t}"')}
                for t in ORDER}
    finally:
        close_session()


def verify(d: District) -> dict:
    """Everything the rehearsal promises, checked; returns what it found (for the report)."""
    central = _rows(d.district.db)
    central_paths = _paths(d.district.db)
    report = {"sites": len(d.sites), "rows_compared": 0, "conflicts": []}
    for site in d.sites.values():
        if site.level == "district":
            continue
        report["rows_compared"] += _same_scope(d, site, central, central_paths)
        _same_figures(d, site)
        report["conflicts"] += _conflicts(d, site)
    _acks_current(d)
    _district_sees_every_site(d)
    _linkage_none_lost_or_stuck(d)
    return report


def _same_scope(d: District, site: Site, central, central_paths) -> int:
    """The site holds exactly the district's rows of its scope (and whatever else it holds
    — its tree above, reference data — equals the district's copy)."""
    mine = _rows(site.db)
    with at(site):
        scope = org.by_code(site.code).path
    compared = 0
    for table, rows in mine.items():
        for uuid, row in rows.items():
            assert central[table].get(uuid) == row, (site.name, table, uuid, row, central[table].get(uuid))
            compared += 1
        wanted = {u for u, p in central_paths[table].items() if p and p.startswith(scope)}
        assert wanted <= set(rows), (site.name, table, sorted(wanted - set(rows))[:3])
    return compared


def _same_figures(d: District, site: Site) -> None:
    own = json.loads(cli("stats", "--db", site.db, "--org", site.code, "--json", site=site))
    central = json.loads(cli("stats", "--db", d.district.db, "--org", site.code, "--json", site=d.district))
    assert own == central, (site.name, {k: (own[k], central.get(k)) for k in own if own[k] != central.get(k)})


def _conflicts(d: District, site: Site) -> list[dict]:
    from db.models import Conflict

    found = []
    with at(site):
        for c in Conflict.select():
            assert c.table == "resident" and d.planned_conflicts.get(c.row_uuid) == site.code, (site.name, c.table)
            kept = json.loads(c.local_row)["name"]
            now = Resident.get_by_id(c.row_uuid).name
            found.append({"site": site.name, "record": c.row_uuid, "mine": kept, "incoming": now})
    return found


def _acks_current(d: District) -> None:
    from db.models import BundleLog, PeerState

    for site in d.sites.values():
        if site.parent is None:
            continue
        with at(site):
            sent = (BundleLog.select().where((BundleLog.direction == "out") & (BundleLog.peer_site == site.parent.uuid))
                    .order_by(BundleLog.id.desc()).first())
            acked = PeerState.get(PeerState.site_uuid == site.parent.uuid).acked_change_seq
            assert acked == sent.until_seq, (site.name, acked, sent.until_seq)


def _district_sees_every_site(d: District) -> None:
    from app.exchange import views
    from db.models import PeerState

    truth = {}
    for sub in d.of_level("subdistrict"):
        with at(sub):
            for com in d.below(sub):
                truth[com.uuid] = PeerState.get(PeerState.site_uuid == com.uuid).last_in_seq
    with at(d.district):
        states = {s.uuid: s for s in views.site_states()}
        for sub in d.of_level("subdistrict"):
            truth[sub.uuid] = PeerState.get(PeerState.site_uuid == sub.uuid).last_in_seq
    assert set(states) == {s.uuid for s in d.sites.values() if s.level != "district"}
    for uuid, seq in truth.items():
        s = states[uuid]
        assert s.last_in_at is not None and s.last_in_seq == seq and not s.missing, (s.name, s.last_in_seq, seq)
    printed = cli("sites", "--db", d.district.db, site=d.district)
    assert printed.count("最近收到：") == len(truth) and "从未" not in printed and "缺号" not in printed


def clean(root: Path) -> None:
    close_session()
    shutil.rmtree(root, ignore_errors=True)


# ------------------------------------------------------------------ four-level linkage (docs/linkage.md)

def _linkage_week(d: District, n: int) -> None:
    """Escalations in a week: the district answers what reached it, subdistricts decide on
    their inbox (answer, assign through a conference decision then answer, or escalate to
    the district), communities close what was answered, then two communities send a new
    request up and one grid's matter is settled by its community within the week."""
    from app.linkage import lists

    d.__dict__["linkage_weeks"] = n
    with at(d.district):
        for row in lists.inbox():
            _linkage_act(d, row.uuid, "answer")
    for sub in d.of_level("subdistrict"):
        with at(sub):
            for i, row in enumerate(lists.inbox()):
                _linkage_act(d, row.uuid, ("answer", "assign", "escalate")[(i + n) % 3])
    for com in d.of_level("community"):
        with at(com):
            _linkage_close_and_send(d, com, n)


def _linkage_act(d: District, uuid: str, how: str) -> None:
    from app.linkage import conference, escalations

    if how == "assign":
        member = conference.members()[0] if conference.members() else conference.add_member("区城管局派驻中队", "stationed")
        session = conference.hold_session(dt.date.today(), "街道会议室", 9, "联席会议")
        decision = conference.decide(session.uuid, "限期办理", member.uuid, dt.date.today() + dt.timedelta(days=10),
                                     escalation_uuid=uuid)
        conference.complete(decision.uuid, "成员单位已办结")
    elif how == "escalate":
        escalations.decide(uuid, "escalate", "涉及多个部门，需区里统筹")
    else:
        escalations.decide(uuid, "answer", "已协调办结")
    d.__dict__.setdefault("linkage_acts", []).append((uuid, how))


def _linkage_close_and_send(d: District, com: Site, n: int) -> None:
    from app.linkage import escalations, lists
    from app.orders import requests
    from db.models import Request

    for row in lists.sent():
        if row.state == "已答复":
            escalations.close(row.uuid, satisfaction="satisfied")
    if com.code[-1] not in (str(n), str(n + 4)):
        return
    unit = org.by_code(com.code)
    grid = OrgUnit.live().where(OrgUnit.under(unit.path) & (OrgUnit.level == Level.GRID)).order_by(OrgUnit.code).first()
    open_ = Request.live().where((Request.grid == grid) & (Request.state == "new")).first()
    if open_ is None:
        open_ = requests.log(requests.RequestInput(grid_uuid=grid.uuid, content=f"第{n}周：小区供暖管道漏水",
                                                   category="utilities", requester_name="张大爷"))
    esc = escalations.escalate("request", open_.uuid, "涉及供热公司，社区协调不了")
    local = requests.log(requests.RequestInput(grid_uuid=grid.uuid, content=f"第{n}周：楼道堆物堵塞消防通道",
                                               category="safety", requester_name="李阿姨"))
    mine = escalations.escalate("request", local.uuid, "网格劝说无效", from_unit_uuid=grid.uuid)
    escalations.decide(mine.uuid, "answer", "社区联合物业清理完毕")
    escalations.close(mine.uuid, satisfaction="satisfied")
    d.__dict__.setdefault("linkage_sent", {}).update({esc.uuid: com.code, mine.uuid: com.code})


def _linkage_none_lost_or_stuck(d: District) -> None:
    """Every escalation a community made is held, with the same state, by its community, its
    subdistrict and the district; none is overdue; every level's inbox holds exactly what the
    district sees waiting there (so every answer given above has reached the community)."""
    from app.linkage import lists

    sent = d.__dict__.get("linkage_sent", {})
    if d.__dict__.get("linkage_weeks", 0) >= 2:
        assert sent and d.__dict__.get("linkage_acts"), "the weeks made and decided escalations"
    with at(d.district):
        central = _linkage_view()
        assert lists.overdue() == []
    assert set(sent) <= set(central), sorted(set(sent) - set(central))[:3]
    for site in d.sites.values():
        if site.level == "district":
            continue
        with at(site):
            seen, waiting = _linkage_view(), {r.uuid for r in lists.inbox()}
            name = org.by_code(site.code).name
        assert all(central[u] == state for u, state in seen.items()), site.name
        assert waiting == {u for u, (state, holder) in seen.items() if holder == name
                           and state in ("待处理", "已交办", "待会议研究")}, site.name
        assert {u for u, code in sent.items() if code == site.code} <= set(seen), site.name


def _linkage_view() -> dict[str, tuple[str, str]]:
    """uuid -> (state, holder) of every escalation this site holds."""
    from app.linkage import lists, status

    return {r.uuid: (r.state, r.holder) for r in lists.rows(status.load(status.in_subtree(None)))}
