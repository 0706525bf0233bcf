"""Convergence: sites edit at random, bundles go out of order, twice or never;
once the sticks finally travel, the district and every site hold the same records
for each shared scope."""

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies

from app import org
from app.exchange import identity, incoming, outgoing
from app.exchange.bundle import peek_bundle
from app.grid import residents
from app.grid.residents import ResidentInput
from app.session import close_session, local_site, open_session
from app.sites import init_site
from db.models import OrgUnit, Resident
from tests.exchange.test_exchange_sync import enrol_site
from tests.exchange_helpers import at

GRIDS = {"east": "6110020010010101", "west": "6110020010020101"}


def build(tmp: Path) -> dict:
    district = tmp / "district.sqlite3"
    open_session(district, create=True)
    init_site(name="商州区", level="district", admin_name="admin", password="pass-word-1", org_code="611002")
    sub = org.add_unit(org.by_code("611002"), "611002001", "城关街道")
    for code, name in (("611002001001", "东关"), ("611002001002", "西关")):
        com = org.add_unit(sub, code, f"{name}社区")
        org.add_unit(org.add_unit(com, code + "01", f"{name}一片区"), code + "0101", f"{name}第1网格")
    identity.my_keys()
    d_uuid = local_site().uuid
    close_session()
    sites = {"district": (d_uuid, district)}
    for name, code in (("east", "611002001001"), ("west", "611002001002")):
        sites[name] = enrol_site(district, tmp, name, "community", code)
    for name in ("east", "west"):  # first contact: the district confirms each site's keys
        bundle = deliver_export(sites, name, "district", tmp)
        with at(sites["district"][1]):
            peek = peek_bundle(bundle)
            identity.register(peek.signer)
            identity.confirm(peek.signer.site_id)
            incoming.apply(bundle)
    return sites


def deliver_export(sites, src, dst, tmp):
    with at(sites[src][1]):
        return outgoing.export(sites[dst][0], tmp).path


def edit(sites, who, grid_key, index, name):
    with at(sites[who][1]):
        grid = OrgUnit.get(OrgUnit.code == GRIDS[grid_key])
        people = list(Resident.select().where(Resident.grid == grid).order_by(Resident.uuid))
        if people and index % 3:
            residents.update(people[index % len(people)].uuid, ResidentInput(name=name))
        else:
            residents.add(grid.uuid, ResidentInput(name=name))


def snapshot(path, grid_code):
    with at(path):
        grid = OrgUnit.get(OrgUnit.code == grid_code)
        return sorted((r.uuid, r.name, r.version) for r in Resident.select().where(Resident.grid == grid))


edits = strategies.tuples(strategies.sampled_from(["district", "east", "west"]), strategies.sampled_from(["east", "west"]),
                  strategies.integers(0, 50), strategies.sampled_from(["甲", "乙", "丙", "丁", "戊"]))
moves = strategies.tuples(strategies.sampled_from(["east", "west"]), strategies.booleans(), strategies.integers(0, 9))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.lists(strategies.one_of(edits, moves), min_size=3, max_size=14), strategies.randoms(use_true_random=False))
def test_every_site_converges(steps, rng):
    tmp = Path(tempfile.mkdtemp(prefix="converge-"))
    try:
        sites = build(tmp)
        mail: list[tuple[str, Path]] = []
        for step in steps:
            if len(step) == 4:
                who, grid_key, index, name = step
                if who != "district" and who != grid_key:
                    who = grid_key  # a community edits only its own grid
                edit(sites, who, grid_key, index, name)
            else:
                site, upward, pick = step
                src, dst = (site, "district") if upward else ("district", site)
                mail.append((dst, deliver_export(sites, src, dst, tmp)))
                rng.shuffle(mail)
                if mail and pick % 3 == 0:  # deliver one (maybe again later: duplicates are kept)
                    dst_name, bundle = mail[pick % len(mail)]
                    with at(sites[dst_name][1]):
                        incoming.apply(bundle)
                if pick % 4 == 1 and mail:
                    mail.pop(0)  # a lost stick
        for _ in range(2):  # finally the sticks travel both ways
            for site in ("east", "west"):
                for src, dst in ((site, "district"), ("district", site)):
                    bundle = deliver_export(sites, src, dst, tmp)
                    with at(sites[dst][1]):
                        incoming.apply(bundle)
        for site in ("east", "west"):
            assert snapshot(sites[site][1], GRIDS[site]) == snapshot(sites["district"][1], GRIDS[site])
    finally:
        close_session()
        shutil.rmtree(tmp, ignore_errors=True)
