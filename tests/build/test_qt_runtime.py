"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every
Signal.emit() and crashed the program after a few hundred (bool_dealloc).
pyproject.toml keeps that release out; this test catches a relapse."""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Hub(QObject):
    changed = Signal(object)

app = QCoreApplication([])
hub = Hub()
hub.changed.connect(lambda payload: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(3000):
    hub.changed.emit({"residents": True})
after = sys.getrefcount(True), sys.getrefcount(None)
print(after[0] - before[0], after[1] - before[1])
"""


def test_signal_emits_do_not_leak_references():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-500:]
    true_delta, none_delta = map(int, done.stdout.split())
    assert abs(true_delta) < 10 and abs(none_delta) < 10
