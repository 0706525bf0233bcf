"""Bundles round-trip, and the standard tools read them: tar extracts the
container, `minisign -V` verifies the header, `age -d` decrypts the payload into
gzip'd lines an independent reader can follow from docs/bundle-format.md."""

import datetime as dt
import gzip
import hashlib
import json
import subprocess
import tarfile
import threading

import pytest

from app.exchange import BundleError, PublicKeys, SiteKeys, peek_bundle
from app.exchange import container as ct
from tests.bundle_helpers import (
    DISTRICT,
    FIELDS,
    SITE,
    Keys,
    make_bundle,
    members,
    open_as_district,
    read_all,
    sample_parts,
    tool,
)


def test_round_trip(tmp_path):
    receipt = make_bundle(tmp_path)
    assert receipt.path.name.endswith(".gdb") and receipt.path.exists()
    assert receipt.size == receipt.path.stat().st_size
    assert receipt.sha256 == hashlib.sha256(receipt.path.read_bytes()).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == [receipt.path.name]
    head, parts = read_all(receipt.path)
    assert head == receipt.header
    expected = {name: (len(rows), rows) for name, rows in sample_parts()}
    assert parts == expected
    assert list(parts) == ["residents", "empty", "requests"]  # file order kept


def test_header_fields(tmp_path):
    head = make_bundle(tmp_path, fields={"created_at": "2025-01-02T03:04:05Z"}).header
    assert {k: getattr(head, k) for k in FIELDS} == FIELDS
    assert head.format_version == 1 and len(head.bundle_id) == 36 and head.created_at == "2025-01-02T03:04:05Z"
    assert head.signer["key_id"] == Keys.site.public().key_id
    assert head.created == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def test_nothing_personal_is_stored_in_the_clear(tmp_path):
    data = make_bundle(tmp_path).path.read_bytes()
    for secret in ("张三丰", "13912345678", "楼道漏水", "residents", "独居老人"):
        assert secret.encode() not in data
    head = json.loads(members(tmp_path / next(p.name for p in tmp_path.iterdir()))[ct.HEADER])
    assert set(head) == {"format_version", "bundle_id", "kind", "from_site", "to_site", "seq", "since", "until",
                         "created_at", "schema_version", "app_version", "payload_sha256", "payload_size",
                         "signer"}


def test_many_rows_stream_across_batches(tmp_path):
    rows = [{"uuid": f"u{i}", "text": "社区" * (i % 40)} for i in range(5000)]
    path = make_bundle(tmp_path, parts=[("big", iter(rows)), ("tail", iter([{"x": 1}]))]).path
    with open_as_district(path, verify=False) as bundle:  # verify happens inside iter_parts then
        got = {name: list(records) for name, _n, records in bundle.iter_parts()}
        assert [p.rows for p in bundle.manifest] == [5000, 1]
    assert got == {"big": rows, "tail": [{"x": 1}]}


def test_skipping_a_part_still_checks_it(tmp_path):
    path = make_bundle(tmp_path).path
    with open_as_district(path) as bundle:
        names = [name for name, _n, _rows in bundle.iter_parts()]  # rows never read
    assert names == ["residents", "empty", "requests"]


def test_abandoned_reading_stops_the_worker(tmp_path):
    path = make_bundle(tmp_path, parts=[("big", ({"i": i, "pad": "x" * 200} for i in range(20000)))]).path
    before = threading.active_count()
    with open_as_district(path) as bundle:
        _name, _n, rows = next(bundle.iter_parts())
        next(rows)
        rows.close()
    assert threading.active_count() == before


def test_progress_while_writing_and_checking(tmp_path):
    written, checked = [], []
    path = make_bundle(tmp_path, parts=[("a", ({"i": i} for i in range(2000)))], progress=written.append).path
    open_as_district(path, progress=lambda done, total: checked.append((done, total))).close()
    assert written[-1] == 2000 and written == sorted(written)
    assert checked[-1][0] == checked[-1][1] == members(path)[ct.PAYLOAD].__len__()


def test_rows_must_be_json_objects_of_bounded_length(tmp_path):
    with pytest.raises(TypeError):
        make_bundle(tmp_path, parts=[("a", [["not", "a", "dict"]])])
    with pytest.raises(ValueError):
        make_bundle(tmp_path, parts=[("a", [{"x": float("nan")}])])
    with pytest.raises(ValueError):
        make_bundle(tmp_path, parts=[("a", [{"x": "y" * (1024 * 1024)}])])
    with pytest.raises(ValueError):
        make_bundle(tmp_path, parts=[("Bad Name", [])])
    with pytest.raises(ValueError):
        make_bundle(tmp_path, parts=[("a", []), ("a", [])])
    big = {"x": "y" * (1024 * 1024 - 20)}
    _head, parts = read_all(make_bundle(tmp_path, parts=[("a", [big])]).path)
    assert parts["a"][1] == [big]
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".gdb"]


@pytest.mark.parametrize("fields, detail", [
    ({"from_site": "district"}, "signer"),
    ({"kind": "sideways"}, "kind"),
    ({"seq": -1}, "seq"),
    ({"since": "0000000000030000"}, "since is after until"),
    ({"app_version": "1.0 beta"}, "app_version"),
    ({"resident": "张三"}, "unknown"),
])
def test_bad_header_fields_are_refused_before_writing(tmp_path, fields, detail):
    with pytest.raises(BundleError) as info:
        make_bundle(tmp_path, fields=fields)
    assert info.value.code == "E_HEADER" and detail in info.value.detail
    assert list(tmp_path.iterdir()) == []


def test_site_keys_round_trip_and_fingerprint():
    keys = SiteKeys.generate("site-x")
    again = SiteKeys.from_json(keys.to_json())
    assert again.public() == keys.public() and str(again.identity) == str(keys.identity)
    assert "AGE-SECRET" not in repr(keys) and "sign_seed" not in keys.public().to_json()
    public = PublicKeys.from_json(keys.public().to_json())
    assert public == keys.public() and public.revoke().revoked and not public.revoked
    fingerprint = public.fingerprint()
    assert fingerprint == keys.public().fingerprint()
    key_id, *groups = fingerprint.split(" ")
    assert key_id == public.key_id and len(key_id) == 16 and [len(g) for g in groups] == [5] * 6
    assert SiteKeys.generate("site-x").public().fingerprint() != fingerprint
    with pytest.raises(ValueError):
        PublicKeys("s", "RWnotakey", public.age_recipient)


def test_reading_with_the_current_and_a_previous_identity(tmp_path):
    path = make_bundle(tmp_path).path
    with open_as_district(path, identity=[Keys.other, Keys.district]) as bundle:
        assert [name for name, _n, _rows in bundle.iter_parts()] == ["residents", "empty", "requests"]


def test_peek_shows_an_unknown_senders_keys(tmp_path):
    stranger = SiteKeys.generate("new-site")
    path = make_bundle(tmp_path, fields={"from_site": "new-site", "kind": "enrolment"}, signer=stranger).path
    with pytest.raises(BundleError) as info:
        open_as_district(path)
    assert info.value.code == "E_SIGNATURE"
    peek = peek_bundle(path)
    assert peek.header["kind"] == "enrolment" and peek.signer == stranger.public()
    assert peek.signer.fingerprint() == stranger.public().fingerprint()
    read_all(path, trusted={peek.signer.key_id: peek.signer})  # once the clerk has compared fingerprints


# ------------------------------------------------------------ the standard tools

@pytest.fixture
def extracted(tmp_path):
    receipt = make_bundle(tmp_path / "out")
    folder = tmp_path / "x"
    folder.mkdir()
    subprocess.run(["tar", "-xf", str(receipt.path), "-C", str(folder)], check=True)
    assert sorted(p.name for p in folder.iterdir()) == ["header.json", "header.json.minisig", "payload.age"]
    return receipt, folder


def test_minisign_verifies_the_header(extracted, tmp_path):
    receipt, folder = extracted
    minisign = tool("minisign")
    public = Keys.site.public()
    run = subprocess.run([minisign, "-V", "-P", public.sign_key, "-m", str(folder / "header.json"),
                          "-x", str(folder / "header.json.minisig")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"Trusted comment: GridDesk bundle {receipt.header.bundle_id}" in run.stdout
    (tmp_path / "site.pub").write_text(public.minisign_public_key_file())
    run = subprocess.run([minisign, "-Vq", "-p", str(tmp_path / "site.pub"), "-m", str(folder / "header.json")])
    assert run.returncode == 0
    tampered = folder / "header.json"
    tampered.write_bytes(tampered.read_bytes().replace(b'"seq": 7', b'"seq": 8'))
    run = subprocess.run([minisign, "-Vq", "-P", public.sign_key, "-m", str(tampered)], capture_output=True)
    assert run.returncode != 0
    other = Keys.other.public().sign_key
    run = subprocess.run([minisign, "-Vq", "-P", other, "-m", str(folder / "header.json")], capture_output=True)
    assert run.returncode != 0


def test_age_decrypts_the_payload_and_an_independent_reader_follows_it(extracted, tmp_path):
    receipt, folder = extracted
    age = tool("age")
    key_file = tmp_path / "district.key"
    key_file.write_text(Keys.district.age_identity_file())
    run = subprocess.run([age, "-d", "-i", str(key_file), str(folder / "payload.age")], capture_output=True)
    assert run.returncode == 0, run.stderr
    head = json.loads((folder / "header.json").read_bytes())
    payload = (folder / "payload.age").read_bytes()
    assert head["payload_sha256"] == hashlib.sha256(payload).hexdigest() and head["payload_size"] == len(payload)
    assert independent_read(gzip.decompress(run.stdout)) == {name: rows for name, rows in sample_parts()}
    wrong = tmp_path / "other.key"
    wrong.write_text(Keys.other.age_identity_file())
    assert subprocess.run([age, "-d", "-i", str(wrong), str(folder / "payload.age")],
                          capture_output=True).returncode != 0


def independent_read(text: bytes) -> dict:
    """docs/bundle-format.md, "The payload", followed literally."""
    lines = text.split(b"\n")
    assert lines.pop() == b""  # every line ends with \n
    assert json.loads(lines[0]) == ["GridDesk payload", 1]
    parts, current, digest, seen = {}, None, None, []
    for line in lines[1:]:
        if line.startswith(b"{"):
            parts[current].append(json.loads(line))
            digest.update(line + b"\n")
            continue
        item = json.loads(line)
        if item[0] == "part":
            current, digest = item[1], hashlib.sha256()
            parts[current] = []
        elif item[0] == "end":
            assert item[1:] == [current, len(parts[current]), sum(
                len(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode()) + 1
                for r in parts[current]), digest.hexdigest()]
            seen.append({"name": current, "rows": item[2], "size": item[3], "sha256": item[4]})
        else:
            assert item == ["manifest", seen] and line is lines[-1]
    return parts


def test_python_tarfile_sees_three_plain_files(tmp_path):
    receipt = make_bundle(tmp_path)
    with tarfile.open(receipt.path) as tar:
        infos = tar.getmembers()
    assert [(i.name, i.isreg(), i.mode) for i in infos] == [
        ("payload.age", True, 0o644), ("header.json", True, 0o644), ("header.json.minisig", True, 0o644)]
    created = receipt.header.created.timestamp()
    assert all(i.mtime == created for i in infos)
    assert receipt.size % 512 == 0


def test_site_and_district_keys_differ():
    assert Keys.site.public().key_id != Keys.district.public().key_id
    assert SITE != DISTRICT
