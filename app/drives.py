"""Which drives are USB sticks, and which one was inserted last: the export dialog lists those
first. Plain Python (no Qt): the dialog gives it what QStorageInfo found.

On Windows the drive type is the system's own answer (GetDriveTypeW: DRIVE_REMOVABLE for USB
sticks and SD cards, DRIVE_FIXED for a second hard disk D:, whatever its free space).
Elsewhere the dialog guesses from where sticks are mounted. No system records when a stick
was inserted, so a volume that appears while GridDesk runs counts as newer than those that
were there before."""

DRIVE_REMOVABLE = 2


def windows_removable(root: str) -> bool:
    """GetDriveTypeW(root) == DRIVE_REMOVABLE; root like 'E:/' or 'E:\\'."""
    import ctypes

    path = root.replace("/", "\\")
    path = path if path.endswith("\\") else path + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(path)) == DRIVE_REMOVABLE


class InsertionOrder:
    """Numbers each volume by when it was first seen: 0 for those present at the first look,
    then 1, 2, … for each later look that found new ones. A removed volume is forgotten, so a
    stick taken out and put back counts as new."""

    def __init__(self):
        self.generation = 0
        self.seen: dict[str, int] = {}

    def note(self, roots: list[str]) -> dict[str, int]:
        new = [root for root in roots if root not in self.seen]
        if new and self.seen:
            self.generation += 1
        self.seen = {root: self.seen.get(root, self.generation) for root in roots}
        return self.seen


def ordered(volumes: list, order: InsertionOrder) -> list:
    """Removable volumes first, the newest-inserted first, then by free space."""
    seen = order.note([v.path for v in volumes])
    return sorted(volumes, key=lambda v: (not v.removable, -seen[v.path], -v.free))
