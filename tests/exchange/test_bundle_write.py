"""A failed write leaves nothing that looks like a bundle; a written one is read back."""

import errno
import os

import pytest

from app.exchange import BundleError, agestream
from app.exchange import bundle as bundle_module
from tests.bundle_helpers import FIELDS, Keys, make_bundle, read_all


def rows(n, fail_at=None, exc=RuntimeError):
    for i in range(n):
        if i == fail_at:
            raise exc("the database went away")
        yield {"i": i, "pad": f"{i:08d}" * 30}


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_parts_iterator_failing_midway_leaves_nothing(tmp_path, exc):
    with pytest.raises(exc):
        make_bundle(tmp_path, parts=[("a", rows(50_000)), ("b", rows(50_000, fail_at=40_000, exc=exc))])
    assert leftovers(tmp_path) == []


def test_cancel_from_progress_leaves_nothing(tmp_path):
    class Cancelled(Exception):
        pass

    def progress(done):
        if done > 5000:
            raise Cancelled

    with pytest.raises(Cancelled):
        make_bundle(tmp_path, parts=[("a", rows(20_000))], progress=progress)
    assert leftovers(tmp_path) == []


def test_only_a_part_file_exists_while_writing(tmp_path):
    seen = []
    receipt = make_bundle(tmp_path, parts=[("a", rows(5000))], progress=lambda done: seen.append(leftovers(tmp_path)))
    assert seen and all(len(names) == 1 and names[0].endswith(".gdb.part") for names in seen)
    assert leftovers(tmp_path) == [receipt.path.name]


def test_disk_full_midway(tmp_path, monkeypatch):
    class FullDisk:
        def __init__(self, f):
            self.f, self.written = f, 0

        def write(self, b):
            self.written += len(b)
            if self.written > 20_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.f.write(b)

    real_init = agestream.HashingWriter.__init__

    def init(self, f):
        real_init(self, FullDisk(f))

    monkeypatch.setattr(agestream.HashingWriter, "__init__", init)
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path, parts=[("a", rows(20_000))])
    assert info.value.code == "E_WRITE" and "U盘" in info.value.message
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("target", ["fsync", "rename"])
def test_fsync_or_rename_failing(tmp_path, monkeypatch, target):
    def fail(*_args):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(bundle_module.os, target, fail)
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path)
    assert info.value.code == "E_WRITE"
    assert leftovers(tmp_path) == []


def test_syncing_the_folder_failing_after_the_rename(tmp_path, monkeypatch):
    def fail(_folder):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(bundle_module, "_sync_dir", fail)
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path)
    assert info.value.code == "E_WRITE" and leftovers(tmp_path) == []


def test_folder_that_is_not_a_folder(tmp_path):
    (tmp_path / "stick").write_text("a file, not a folder")
    with pytest.raises(BundleError) as info:
        _write_into(tmp_path / "stick")
    assert info.value.code == "E_WRITE"
    assert leftovers(tmp_path) == ["stick"]


def _write_into(folder):
    from app.exchange import write_bundle
    return write_bundle(folder, FIELDS, [("a", [{"x": 1}])], [Keys.district.public()], Keys.site)


def test_medium_that_reads_back_wrong_is_caught_and_the_file_removed(tmp_path, monkeypatch):
    def corrupting_sync(folder):
        path = next(folder.glob("*.gdb"))
        data = bytearray(path.read_bytes())
        data[700] ^= 0xFF  # inside payload.age
        path.write_bytes(bytes(data))

    monkeypatch.setattr(bundle_module, "_sync_dir", corrupting_sync)
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path)
    assert info.value.code == "E_WRITE" and "读回校验失败" in info.value.message
    assert leftovers(tmp_path) == []


def test_an_existing_bundle_is_never_overwritten(tmp_path):
    first = make_bundle(tmp_path)
    before = first.path.read_bytes()
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path, fields={"bundle_id": first.header.bundle_id})
    assert info.value.code == "E_WRITE"
    assert first.path.read_bytes() == before and leftovers(tmp_path) == [first.path.name]


def test_a_stale_part_file_of_the_same_bundle_is_replaced(tmp_path):
    stale = tmp_path / "mine.gdb.part"
    stale.write_bytes(b"half of an earlier attempt")
    receipt = make_bundle(tmp_path, name="mine")
    assert leftovers(tmp_path) == ["mine.gdb"] and receipt.path.name == "mine.gdb"
    read_all(receipt.path)


@pytest.mark.parametrize("recipients", [[], ["age1notarecipient"]])
def test_bad_recipients_are_refused_before_writing(tmp_path, recipients):
    from app.exchange import write_bundle

    with pytest.raises(BundleError) as info:
        write_bundle(tmp_path, FIELDS, [], recipients, Keys.site)
    assert info.value.code == "E_HEADER" and leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["../escape", "a/b", "", ".hidden", "名字"])
def test_bad_file_names(tmp_path, name):
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path / "out", name=name)
    assert info.value.code == "E_HEADER"
    assert leftovers(tmp_path / "out") == [] and not any(p.suffix == ".gdb" for p in tmp_path.rglob("*"))


def test_several_recipients_can_each_read(tmp_path):
    receipt = make_bundle(tmp_path, recipients=[Keys.district.public(), Keys.other.public().age_recipient])
    read_all(receipt.path)
    read_all(receipt.path, identity=Keys.other)  # to_site is still the district: same site id check
    assert os.path.getsize(receipt.path) == receipt.size
