"""A whole file or nothing: a failed write leaves neither the file nor its part, and says
in Chinese what to check."""

import pytest

from app.errors import ValidationError
from app.excel import ExportError, write_table
from app.files import write_bytes


def test_a_file_is_written_through_its_part(tmp_path):
    out = write_bytes(tmp_path / "a.pdf", b"%PDF-1.4 x")
    assert out.read_bytes() == b"%PDF-1.4 x" and not (tmp_path / "a.pdf.part").exists()


def test_a_failed_write_leaves_nothing_and_says_what_to_check(tmp_path):
    folder = tmp_path / "gone" / "a.pdf"  # the folder does not exist (a stick pulled out)
    with pytest.raises(ValidationError, match="无法写入.*磁盘剩余空间"):
        write_bytes(folder, b"x")
    assert not list(tmp_path.rglob("*.part"))
    with pytest.raises(ExportError, match="Excel 打开"):
        write_table(tmp_path / "gone" / "a.xlsx", "名单", ["姓名"], [["王"]])
    assert not list(tmp_path.rglob("*"))
