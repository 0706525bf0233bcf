"""generate(): a new database file full of plausible, reproducible demo data.

Runs without a window (the first-run wizard calls it off the UI thread, the
CLI calls it directly). The models are bound process-wide (db.connection), so
no other database may be open in this process while it runs; it closes its
own session before returning, and a failed or cancelled run deletes the file.
"""

import glob
import logging
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.auth import set_current_user
from app.backup_folders import part_path, site_note, writer_alive
from app.demo import funds, mediation
from app.demo.fake import DemoIds, Faker
from app.demo.linkage import Linkage
from app.demo.orders import Orders
from app.demo.people import People
from app.demo.residents import Residents
from app.demo.scales import Scale, get_scale
from app.demo.support import VIA_UNIT_SHARE, Support
from app.demo.teams import PROBLEMS_PER_SERVICE, Teams
from app.demo.tree import build
from app.demo.writer import Progress, Writer
from app.errors import Conflict
from app.session import close_session, open_session
from app.sites import init_site
from db.connection import database, remove_files
from db.models import SYNC_MODELS

logger = logging.getLogger(__name__)

SITE_NAME = "商州区（演示数据）"
ORG_CODE, ORG_NAME = "611002", "商州区"
DEMO_ADMIN, DEMO_PASSWORD = "admin", "demo1234"
BULK_CACHE_KIB = -262_144  # 256 MB page cache for the one big transaction (the default is 32 MB)
ORDER_ROWS_PER_REQUEST = 1.75  # request, need, offer, order, events, call-backs, reviews (measured)


@dataclass
class DemoResult:
    db_path: Path
    scale: str
    seed: int
    admin_name: str
    admin_password: str
    counts: dict[str, int]  # live records per table in the new file
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def generate(db_path: Path, scale: str = "small", seed: int = 1, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> DemoResult:
    """Create `db_path` with a district demo site and the org data of `scale`.

    Raises Conflict if the file exists and is not empty, Cancelled (code
    E_CANCELLED) if `cancelled()` turned true; in both failure cases no file is left.
    The data is built in `<name>.<pid>.building` and renamed at the end, so a run that
    is killed never leaves a database under the name (its part goes at the next run).
    """
    path, spec = Path(db_path), get_scale(scale)
    if path.exists() and path.stat().st_size > 0:
        raise Conflict(f"文件 {path} 已存在。演示数据只写入新文件：请换一个文件名，或先移走原文件。", field="db_path")
    started = time.perf_counter()
    building = part_path(path, "building")
    remove_stale_builds(path)
    try:
        counts = _write(building, spec, seed, Writer(planned_rows(spec), progress, cancelled))
    except BaseException:
        _close()
        discard(building)
        raise
    _close()
    finish_build(building, path)
    seconds = time.perf_counter() - started
    logger.info("demo data written: scale %s, seed %d, %d records in %.1f s", scale, seed, sum(counts.values()), seconds)
    if progress is not None:
        progress(100, "演示数据已生成。")
    return DemoResult(path, scale, seed, DEMO_ADMIN, DEMO_PASSWORD, counts, seconds)


def planned_rows(spec: Scale) -> int:
    """About how many rows `spec` writes (for the progress percentage)."""
    buildings = spec.grids * spec.buildings_per_grid
    return int(spec.subdistricts + spec.communities + spec.zones + spec.grids + 6 * spec.communities
               + spec.grid_leaders + spec.grids + buildings * (1 + 2 * spec.building_leader_share)
               + spec.units + spec.members + int(spec.residents * 1.12) + spec.grids * 9
               + spec.requests * ORDER_ROWS_PER_REQUEST + mediation.planned_rows(spec)
               + spec.task_forces * 15 + spec.volunteer_teams * 20 + spec.projects
               + spec.problems_solved / PROBLEMS_PER_SERVICE + spec.proxy_services + 3 * spec.subdistricts
               + funds.planned_rows(spec.communities))


def _write(path: Path, spec: Scale, seed: int, writer: Writer) -> dict[str, int]:
    writer.set_phase("正在创建数据库和站点…")
    open_session(path, create=True)
    site = init_site(name=SITE_NAME, level="district", org_code=ORG_CODE, org_name=ORG_NAME,
                     admin_name=DEMO_ADMIN, password=DEMO_PASSWORD)
    root = site.org_unit
    database.execute_sql(f"PRAGMA cache_size = {BULK_CACHE_KIB}")  # this connection only, while it writes
    rng = random.Random(seed)
    faker, new_id = Faker(rng), DemoIds(random.Random(f"{seed}:ids"))
    people, support = People(faker, new_id, writer.add), Support(faker, new_id, writer.add)
    with database.atomic():
        writer.set_phase("正在生成街道、社区、片区和网格…")
        plan = build(spec, root, rng, new_id, writer.add)
        writer.set_phase("正在生成社区书记、法律顾问和社区民警…")
        people.community_posts(plan)
        writer.set_phase("正在生成网格长…")
        people.grid_leaders(plan, spec.grid_leaders)
        writer.set_phase("正在生成楼栋和楼栋长…")
        people.buildings(plan, spec)
        writer.set_phase("正在生成报到单位…")
        units = support.units(plan, spec)
        writer.set_phase(f"正在生成在职党员（约{VIA_UNIT_SHARE:.0%}随单位报到）…")
        members = support.members(plan, spec, units)
        writer.set_phase(f"正在生成居民（约{spec.residents:,}人）、居民小组、中心户和商业网点…")
        residents = Residents(faker, new_id, writer.add)
        residents.fill(plan, spec.residents, people.buildings_by_grid)
        if spec.requests:
            _orders(plan, spec, seed, new_id, writer, units, members, residents.requesters, root.code)
        if spec.meetings or spec.mediations:
            _governances(plan, spec, faker, new_id, writer, residents.requesters)
        _supports(plan, spec, seed, new_id, writer, units, members, residents.requesters)
        _funds(plan, seed, new_id, writer, site.uuid, root.uuid)
        _linkage(plan, spec, seed, new_id, writer, root.uuid)
        writer.flush()
    counts = {m._meta.table_name: m.live().count() for m in SYNC_MODELS}
    return {table: n for table, n in counts.items() if n}


def _linkage(plan, spec: Scale, seed: int, new_id, writer: Writer, root_uuid: str) -> None:
    writer.set_phase("正在生成四级联动（上报、交办、联席会议）…")
    writer.flush()  # the requests are read back
    linkage = Linkage(random.Random(f"{seed}:linkage"), new_id, writer.add, root_uuid)
    linkage.bodies(plan)
    linkage.escalations(plan, spec.requests)


def _orders(plan, spec: Scale, seed: int, new_id, writer: Writer, units, members, requesters, code) -> None:
    orders = Orders(Faker(random.Random(f"{seed}:orders")), new_id, writer.add, code)
    writer.set_phase("正在生成供给清单…")
    orders.write_offers(plan, spec.requests, units, members)
    writer.set_phase(f"正在生成群众诉求（{spec.requests:,}条）、需求清单和服务工单…")
    orders.write_requests(plan, spec.requests, requesters)
    writer.set_phase("正在生成群众评议…")
    orders.write_reviews(plan, spec.requests)


def _governances(plan, spec: Scale, faker, new_id, writer: Writer, requesters) -> None:
    """The three governances, after the roster and the requests (it reads them back, so it flushes first).
    It continues the main Faker so typed parties' ID numbers stay unique in the file."""
    writer.flush()
    governances = mediation.Mediation(faker, new_id, writer.add)
    governances.load(plan, requesters)
    writer.set_phase("正在生成人民调解员和议事会议（居民说事堂等）…")
    governances.mediators()
    governances.write_meetings(spec.meetings, spec.matters_resolved)
    writer.set_phase(f"正在生成调解案件（受理{spec.mediations:,}件）、调解协议和回访…")
    governances.write_cases(spec.mediations)
    writer.set_phase("正在生成家风教育、道德讲堂、小板凳宣讲和邻里节活动…")
    governances.write_activities({"family_education": spec.family_education, "moral_lecture": spec.moral_lectures,
                                  "small_stool": spec.small_stool_talks, "neighbourhood": spec.neighbourhood_events})
    writer.set_phase("正在生成法律顾问和社区民警走访、信访记录…")
    governances.write_law(spec.petition_communities)


def _supports(plan, spec: Scale, seed: int, new_id, writer: Writer, units, members, requesters) -> None:
    """Task forces, volunteer teams, projects, volunteer and proxy services, subdistrict posts."""
    faker = Faker(random.Random(f"{seed}:supports"))
    residents: dict[str, list[tuple]] = {}  # community -> its household heads
    for grid in plan.grids:
        residents.setdefault(grid.community.uuid, []).extend(requesters.get(grid.uuid, ()))
    teams = Teams(faker, new_id, writer.add)
    writer.set_phase(f"正在生成党员突击队（{spec.task_forces:,}支）和志愿服务队（{spec.volunteer_teams:,}支）…")
    teams.write_teams(plan, spec.task_forces, spec.volunteer_teams, members, residents)
    writer.set_phase(f"正在生成共建项目（{spec.projects:,}项）和志愿服务…")
    teams.write_projects(plan, spec.projects, units)
    teams.write_services(spec.problems_solved)
    support = Support(faker, new_id, writer.add)
    writer.set_phase(f"正在生成帮办代办服务（{spec.proxy_services:,}次）…")
    support.proxy_services(plan, spec.proxy_services, residents)
    writer.set_phase("正在生成街道机构编制…")
    support.subdistrict_posts(plan, spec.admin_posts, spec.institution_posts)


def _funds(plan, seed: int, new_id, writer: Writer, site_uuid: str, root_uuid: str) -> None:
    """Fund standards, compound party branches and three years of ledgers (reads the secretaries back)."""
    writer.flush()
    ledgers = funds.Funds(Faker(random.Random(f"{seed}:funds")), new_id, writer.add, site_uuid, DEMO_ADMIN)
    writer.set_phase("正在生成经费标准和小区党支部…")
    ledgers.standards()
    branches = ledgers.branches(plan)
    writer.set_phase(f"正在生成社区经费台账（{funds.YEARS[0]}—{funds.YEARS[-1]}年）…")
    ledgers.ledgers(plan, branches, root_uuid)


def _close() -> None:
    close_session()
    set_current_user(None)


def remove_stale_builds(path: Path) -> None:
    for stale in path.parent.glob(f"{glob.escape(path.name)}.*.building"):
        if not writer_alive(stale):
            discard(stale)


def finish_build(building: Path, path: Path) -> None:
    """Put the finished file under its name, with its site note; its clean-close mark stays
    behind (the first open checks it in full)."""
    os.replace(building, path)
    if site_note(building).exists():
        site_note(building).replace(site_note(path))
    remove_files(building)


def discard(path: Path) -> None:
    """Delete a database file and its companions."""
    remove_files(path)
