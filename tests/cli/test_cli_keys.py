"""The trust bootstrap on the command line, with bundles signed by real site keys: a
fingerprint is shown only for a verified signature, trusting asks (or needs --yes),
a key contradicting a confirmed one is refused until revoked, `init --join` asks
for the district's fingerprint, and the public half exports for an auditor."""

import json
import subprocess

import pytest

from app.exchange import SiteKeys, container
from tests.bundle_helpers import forge, members, tool
from tests.cli_helpers import PASSWORD, cli, copy_demo, enrol_and_join, export, one_chinese_line

COM = "611002001001"


@pytest.fixture
def world(small_demo_master, tmp_path):
    """The small demo district (PC "区") and one community joined on its own PC ("社区")."""
    district_pc, com_pc = tmp_path / "区 电脑", tmp_path / "社区 #1 电脑"
    district = copy_demo(small_demo_master, tmp_path / "区 #%" / "district.sqlite3")
    community = tmp_path / "社区 #%" / "community.sqlite3"
    community.parent.mkdir()
    enrol_and_join(com_pc, district, community, COM, district_pc=district_pc)
    stick = tmp_path / "U盘 #1 %"
    stick.mkdir()
    up = export(com_pc, community, "611002", stick)
    return {"district": district, "district_pc": district_pc, "community": community, "com_pc": com_pc,
            "stick": stick, "up": up, "tmp": tmp_path}


def keys(w, *args, **kw):
    return cli(w["district_pc"], "keys", "--db", w["district"], *args, **kw)


def key_lines(w) -> list[str]:
    return [line for line in keys(w).stdout.splitlines() if not line.startswith("本站")]


def test_show_gives_the_verified_fingerprint_and_trusts_nothing(world):
    com_fp = cli(world["com_pc"], "keys", "--db", world["community"]).stdout.splitlines()[0].split("指纹：")[1].split()
    shown = keys(world, "--show", world["up"])
    assert shown.returncode == 0, shown.stderr
    assert f"发送方指纹（签名已核验）：{' '.join(com_fp)}" in shown.stdout and "还没有这个站点的密钥" in shown.stdout
    assert key_lines(world) == []


def test_trust_without_a_terminal_and_without_yes_refuses(world):
    refused = keys(world, "--trust", world["up"])
    assert "--yes" in one_chinese_line(refused) and "签名已核验" in refused.stdout
    assert key_lines(world) == []
    trusted = keys(world, "--trust", world["up"], "--yes")
    assert trusted.returncode == 0 and "已信任站点" in trusted.stdout
    (line,) = key_lines(world)
    assert line.endswith("已核对")


def test_trust_asks_at_a_terminal(world):
    import os
    import pty

    primary, secondary = pty.openpty()  # a real terminal: the operator types "yes"
    try:
        os.write(primary, b"yes\n")
        done = keys(world, "--trust", world["up"], stdin=None, stdin_file=secondary)
    finally:
        os.close(secondary)
        os.close(primary)
    assert done.returncode == 0, done.stderr
    assert "已信任站点" in done.stdout
    assert key_lines(world)[0].endswith("已核对")


def test_a_header_claiming_the_community_with_a_foreign_key(world):
    site = json.loads(members(world["up"])[container.HEADER])["from_site"]
    foreign = SiteKeys.generate(site)  # someone else's key, the community's name

    def claim_foreign(values):
        public = foreign.public()
        values["signer"] = {"key_id": public.key_id, "sign_key": public.sign_key,
                            "age_recipient": public.age_recipient}
    impostor = forge(world["up"], world["stick"] / "impostor.gdb", header_edit=claim_foreign, signer=foreign)
    stolen_name = forge(world["up"], world["stick"] / "resigned.gdb", signer=foreign)  # the real key named
    assert "签名与它自带的密钥不符" in one_chinese_line(keys(world, "--show", stolen_name))
    assert "签名与它自带的密钥不符" in one_chinese_line(keys(world, "--trust", stolen_name, "--yes"))
    assert keys(world, "--trust", world["up"], "--yes").returncode == 0  # the real one, compared by phone
    refused = keys(world, "--trust", impostor, "--yes")
    assert "keys --revoke" in one_chinese_line(refused) and "与本站已核对的该站点密钥不符" in refused.stdout
    (line,) = key_lines(world)
    assert line.endswith("已核对") and foreign.public().fingerprint() not in line
    assert cli(world["district_pc"], "import", "--db", world["district"], impostor, "--json").returncode == 1


def test_revoke_then_a_new_key_may_be_trusted(world):
    assert keys(world, "--trust", world["up"], "--yes").returncode == 0
    revoked = keys(world, "--revoke", COM)
    assert revoked.returncode == 0 and "已撤销" in revoked.stdout
    assert key_lines(world)[0].endswith("已撤销")
    again = keys(world, "--trust", world["up"], "--yes")  # the revoked key itself never comes back
    assert "已被撤销" in one_chinese_line(again)
    unknown = keys(world, "--revoke", "611002001002")
    assert "没有登记站点" in one_chinese_line(unknown)


def test_init_join_asks_for_the_district_fingerprint(small_demo_master, tmp_path):
    district_pc, pc = tmp_path / "区", tmp_path / "新电脑"
    district = copy_demo(small_demo_master, tmp_path / "d #1" / "district.sqlite3")
    file = tmp_path / "e %.json"
    assert cli(district_pc, "site", "enroll", "--db", district, "--name", "东关", "--level", "community",
               "--org", COM, "--out", file).returncode == 0
    target = tmp_path / "社区.sqlite3"
    refused = cli(pc, "init", "--db", target, "--join", file, "--admin", "clerk", stdin=PASSWORD + "\n")
    assert "--yes" in one_chinese_line(refused) and "区级密钥指纹" in refused.stdout
    assert not target.exists()
    done = cli(pc, "init", "--db", target, "--join", file, "--admin", "clerk", "--yes", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "已核对" in cli(pc, "keys", "--db", target).stdout


def test_export_public_for_an_auditor(world, tmp_path):
    out = tmp_path / "审计 #1"
    out.mkdir()
    done = cli(world["com_pc"], "keys", "--db", world["community"], "--export-public", out)
    assert done.returncode == 0, done.stderr
    (pub,) = out.glob("*.pub")
    (recipient,) = out.glob("*.age-recipient.txt")
    parts = members(world["up"])
    (out / "header.json").write_bytes(parts[container.HEADER])
    (out / "header.json.minisig").write_bytes(parts[container.SIGNATURE])
    verified = subprocess.run([tool("minisign"), "-V", "-p", str(pub), "-m", str(out / "header.json")],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr
    assert recipient.read_text().strip() == json.loads(parts[container.HEADER])["signer"]["age_recipient"]
    assert "SECRET" not in pub.read_text() + recipient.read_text()
    missing = cli(world["com_pc"], "keys", "--db", world["community"], "--export-public", tmp_path / "无")
    assert "不存在" in one_chinese_line(missing)
