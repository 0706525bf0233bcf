"""Windows only (under Wine: tests/windows/run.sh maps D: as a fixed disk and E: as a
removable one): the export dialog asks Windows which drive is a USB stick, so it never
offers the fixed D: as "Removable" nor lists it before the stick."""

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="drive types: tests/windows/run.sh")


@pytest.fixture
def two_drives():
    if not (Path("D:/").is_dir() and Path("E:/").is_dir()):
        pytest.skip("tests/windows/run.sh maps D: (fixed) and E: (removable)")


def test_windows_says_which_drive_is_removable(two_drives):
    from app.drives import windows_removable

    assert windows_removable("E:/") and windows_removable("E:\\")
    assert not windows_removable("D:/") and not windows_removable("C:/")


def test_the_export_dialog_lists_the_stick_first_and_d_as_this_pc(two_drives):
    from ui.tabs.exchange.export import volumes

    found = {v.path.upper(): v for v in volumes()}
    assert found["E:/"].removable and not found["D:/"].removable
    assert volumes()[0].path.upper() == "E:/"
