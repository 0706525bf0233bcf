"""Saving over a file another program holds open. Windows refuses to replace it
(PermissionError, "拒绝访问"); the clerk is told to close it in the reader, not to check
permissions and disk space. The refusal itself only happens on Windows
(tests/windows/test_round.py makes it for real); here the OS answer is stood in for."""

import os

import pytest

from app.errors import ValidationError
from app.excel import ExportError, write_table
from app.files import write_bytes
from ui.tabs.notices.actions import write_pdf


@pytest.fixture
def held_open(monkeypatch):
    """os.replace answers as Windows does for a target a reader holds open."""
    real = os.replace

    def refuse(src, dst):
        if os.path.exists(dst):
            raise PermissionError(13, "拒绝访问。")
        return real(src, dst)
    monkeypatch.setattr(os, "replace", refuse)


def test_saving_a_notice_over_an_open_pdf_says_close_it_in_the_reader(tmp_path, held_open):
    target = tmp_path / "公示 #1.pdf"
    target.write_bytes(b"%PDF old")
    with pytest.raises(ValidationError, match="请先在 PDF 阅读器中关闭该文件") as caught:
        write_pdf(str(target), b"%PDF new")
    assert "磁盘剩余空间" not in caught.value.message
    assert target.read_bytes() == b"%PDF old" and not list(tmp_path.glob("*.part"))


def test_an_excel_file_held_open_says_close_it_in_excel(tmp_path, held_open):
    target = tmp_path / "名册.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="请先在 Excel 中关闭该文件"):
        write_table(target, "名册", ["姓名"], [["张三"]])


def test_a_new_file_in_a_folder_one_may_not_write_keeps_the_disk_advice(tmp_path, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(13, "拒绝访问。")
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ValidationError, match="写入权限和磁盘剩余空间"):
        write_bytes(tmp_path / "新文件.pdf", b"%PDF")
