"""A community PC dies and is rebuilt, entirely from the command line: the district
reissues the enrolment (the old keys are revoked), the new PC joins from it, the
district compares and trusts the new key (replacing the old one), sends a recovery
bundle, and the community has its data back."""

from app import org
from app.grid import residents
from app.grid.residents import ResidentInput
from db.models import Resident
from tests.cli_helpers import PASSWORD, cli, copy_demo, enrol_and_join, export
from tests.exchange_helpers import at

COM = "611002001001"


def counts(pc, db) -> dict[str, str]:
    lines = cli(pc, "check", "--db", db).stdout.splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line and not line.startswith("数据库"))


def fingerprint(pc, db) -> str:
    return cli(pc, "keys", "--db", db).stdout.splitlines()[0].split("指纹：")[1]


def test_the_recovery_round_from_the_cli(small_demo_master, tmp_path):
    district_pc, old_pc, new_pc = tmp_path / "区电脑", tmp_path / "社区旧电脑", tmp_path / "社区新电脑"
    district = copy_demo(small_demo_master, tmp_path / "区 #1 %" / "district.sqlite3")
    stick = tmp_path / "U盘 #%"
    stick.mkdir()
    old_db = tmp_path / "旧 #%" / "community.sqlite3"
    old_db.parent.mkdir()
    enrol_and_join(old_pc, district, old_db, COM, district_pc=district_pc)
    with at(old_db, "clerk"):
        residents.add(org.by_code("6110020010010101").uuid, ResidentInput(name="不能丢的居民"))
    up = export(old_pc, old_db, "611002", stick)
    assert cli(district_pc, "keys", "--db", district, "--trust", up, "--yes").returncode == 0
    assert cli(district_pc, "import", "--db", district, up).returncode == 0
    before = counts(old_pc, old_db)
    old_fp = fingerprint(old_pc, old_db)

    old_db.unlink()  # the PC dies, its key store with it
    again = tmp_path / "重新 登记 #1.json"
    reissued = cli(district_pc, "site", "reissue", "--db", district, "--site", COM, "--out", again)
    assert reissued.returncode == 0 and "旧密钥已撤销" in reissued.stdout, reissued.stderr
    assert f"{old_fp}  已撤销" in cli(district_pc, "keys", "--db", district).stdout
    new_db = tmp_path / "新 #%" / "community.sqlite3"
    new_db.parent.mkdir()
    joined = cli(new_pc, "init", "--db", new_db, "--join", again, "--admin", "clerk", "--yes", stdin=PASSWORD + "\n")
    assert joined.returncode == 0, joined.stderr
    hello = export(new_pc, new_db, "611002", stick)
    trusted = cli(district_pc, "keys", "--db", district, "--trust", hello, "--yes")
    assert trusted.returncode == 0 and "将替换" in trusted.stdout, trusted.stderr
    listed = cli(district_pc, "keys", "--db", district).stdout
    new_fp = fingerprint(new_pc, new_db)
    assert f"{new_fp}  已核对" in listed and old_fp not in listed  # the old key is replaced, not kept
    assert cli(district_pc, "import", "--db", district, hello).returncode == 0
    recovery = export(district_pc, district, COM, stick, "--recovery")
    done = cli(new_pc, "import", "--db", new_db, recovery)
    assert done.returncode == 0 and "已导入" in done.stdout, done.stdout + done.stderr
    after = counts(new_pc, new_db)
    assert all(int(after[t]) >= int(n) for t, n in before.items())  # everything the old PC had, and more
    assert int(after["resident"]) > int(before["resident"]) == 1  # the community's records kept at the district
    with at(new_db, "clerk"):
        assert Resident.get(Resident.name == "不能丢的居民").deleted is False
