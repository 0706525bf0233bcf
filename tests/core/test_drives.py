"""The export dialog's list of volumes: USB sticks first, the one inserted last at the top,
a big fixed disk never before a stick. (Which drive is removable is Windows' answer,
GetDriveTypeW: tests/windows/test_drives_windows.py.)"""

from app.drives import InsertionOrder, ordered
from ui.tabs.exchange.export import Volume

GB = 1024 ** 3
SYSTEM = Volume("C:/", "系统", 50 * GB, 200 * GB, False)
DATA = Volume("D:/", "数据", 700 * GB, 900 * GB, False)
OLD_STICK = Volume("E:/", "U盘", 30 * GB, 32 * GB, True)
NEW_STICK = Volume("F:/", "新U盘", 2 * GB, 8 * GB, True)


def test_a_fixed_disk_with_more_space_comes_after_the_stick():
    paths = [v.path for v in ordered([DATA, SYSTEM, OLD_STICK], InsertionOrder())]
    assert paths == ["E:/", "D:/", "C:/"]


def test_the_stick_inserted_last_comes_first_though_it_has_less_space():
    order = InsertionOrder()
    ordered([SYSTEM, DATA, OLD_STICK], order)  # the dialog opened
    paths = [v.path for v in ordered([SYSTEM, DATA, OLD_STICK, NEW_STICK], order)]  # a stick inserted, Refresh
    assert paths == ["F:/", "E:/", "D:/", "C:/"]


def test_a_stick_taken_out_and_put_back_is_the_newest_again():
    order = InsertionOrder()
    ordered([OLD_STICK, NEW_STICK], order)
    ordered([NEW_STICK], order)
    ordered([NEW_STICK, OLD_STICK], order)
    assert [v.path for v in ordered([NEW_STICK, OLD_STICK], order)] == ["E:/", "F:/"]
