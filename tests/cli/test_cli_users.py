"""`user ...` on the command line, run as IT staff would: a real process on a real file
whose path holds Chinese, a space, # and %."""

import pytest

from tests.cli.test_cli import cli  # noqa: F401  (the fixture: main.py as a real process)


@pytest.fixture
def site_db(cli, tmp_path):  # noqa: F811
    path = tmp_path / "街道 #1 %数据" / "site.sqlite3"
    path.parent.mkdir()
    done = cli("init", "--db", str(path), "--site-name", "城关街道办事处", "--level", "subdistrict",
               "--org", "611002001", "--admin", "chief", stdin="pass-word-1\n")
    assert done.returncode == 0, done.stderr
    return path


def test_user_commands_end_to_end(cli, site_db):  # noqa: F811
    db = ("--db", str(site_db))
    add = cli("user", "add", "clerk1", "--role", "staff", *db, stdin="start-123\n")
    assert add.returncode == 0, add.stderr
    assert "首次登录时须修改初始密码" in add.stdout
    assert cli("user", "role", "clerk1", "leader", *db).returncode == 0
    assert cli("user", "scope", "clerk1", "611002001", "--areas", "orders,funds", *db).returncode == 0
    assert cli("user", "passwd", "clerk1", *db, stdin="reset-456\n").returncode == 0
    assert cli("user", "unlock", "clerk1", *db).returncode == 0
    assert cli("user", "disable", "clerk1", *db).returncode == 0
    listing = cli("user", "list", *db)
    assert listing.returncode == 0, listing.stderr
    line = next(x for x in listing.stdout.splitlines() if x.startswith("clerk1"))
    assert "领导" in line and "范围：城关街道办事处（611002001）" in line and "已停用" in line
    assert "业务：四单管理、经费台账" in line


def test_user_command_failures_are_one_chinese_line(cli, site_db):  # noqa: F811
    db = ("--db", str(site_db))
    for args, stdin, words in ((("user", "disable", "chief"), "", "最后一个在用的管理员"),
                               (("user", "role", "ghost", "staff"), "", "没有登录名"),
                               (("user", "add", "x1", "--role", "staff"), "123\n", "至少需要"),
                               (("user", "scope", "chief", "999"), "", "找不到编码")):
        done = cli(*args, *db, stdin=stdin)
        assert done.returncode == 1 and words in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
