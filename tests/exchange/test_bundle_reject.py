"""A corpus of bad bundles, each refused at its stage with its code."""

import gzip
import json
import os
import random

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings, strategies

from app.exchange import BundleError, SiteKeys
from app.exchange import container as ct
from tests.bundle_helpers import (
    DISTRICT,
    FIELDS,
    SCHEMA,
    Keys,
    forge,
    make_bundle,
    members,
    open_as_district,
    part_lines,
    plaintext,
    read_all,
    sample_parts,
    write_container,
)

CHUNK = 64 * 1024 + 16  # one age STREAM chunk with its tag


def refused(path, code, **kw) -> BundleError:
    with pytest.raises(BundleError) as info:
        read_all(path, **kw)
    assert info.value.code == code, info.value.detail
    assert info.value.message  # Chinese advice for the clerk
    return info.value


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return make_bundle(tmp_path_factory.mktemp("good")).path


@pytest.fixture(scope="module")
def chunky(tmp_path_factory):
    """A payload of several age chunks (incompressible rows)."""
    rng = random.Random(3)
    rows = [{"uuid": f"{rng.getrandbits(128):032x}", "noise": f"{rng.getrandbits(2400):0600x}"} for _ in range(700)]
    path = make_bundle(tmp_path_factory.mktemp("chunky"), parts=[("noise", rows)]).path
    body = members(path)[ct.PAYLOAD]
    start = body.index(b"\n---") + 1
    start = body.index(b"\n", start) + 1 + 16  # after the header and the 16-byte nonce
    assert len(body) - start > 3 * CHUNK
    return path, start


# ------------------------------------------------------------ container

@pytest.mark.parametrize("content", [b"", b"hello", b"PK\x03\x04" + bytes(600), bytes(4096), os.urandom(3000)])
def test_not_a_bundle(tmp_path, content):
    (tmp_path / "x.gdb").write_bytes(content)
    refused(tmp_path / "x.gdb", "E_CORRUPT")


def test_missing_file(tmp_path):
    refused(tmp_path / "nothing.gdb", "E_CORRUPT")


def test_truncated_at_block_member_and_sampled_positions(tmp_path, good):
    data = good.read_bytes()
    target = tmp_path / "cut.gdb"
    edges = {0, len(data) - 1}
    for m in _regions(good).values():
        edges |= {m.offset - 512, m.offset, m.offset + m.size, m.offset + ct.padded(m.size)}
    edges |= set(range(0, len(data), 512))
    cuts = {c + d for c in edges for d in (-1, 0, 1)} | set(random.Random(5).sample(range(len(data)), 200))
    for size in sorted(c for c in cuts if 0 <= c < len(data)):
        target.write_bytes(data[:size])
        with pytest.raises(BundleError) as info:
            open_as_district(target).close()
        assert info.value.code == "E_CORRUPT", (size, info.value.detail)


def test_bytes_appended(tmp_path, good):
    for tail in (b"\0", bytes(512), bytes(10240), b"x"):
        (tmp_path / "long.gdb").write_bytes(good.read_bytes() + tail)
        refused(tmp_path / "long.gdb", "E_CORRUPT")


def test_extra_member(tmp_path, good):
    m = members(good)
    items = [(ct.PAYLOAD, m[ct.PAYLOAD]), (ct.HEADER, m[ct.HEADER]), (ct.SIGNATURE, m[ct.SIGNATURE])]
    path = write_container(tmp_path / "extra.gdb", [*items, ("notes.txt", b"hi")])
    assert "extra member" in refused(path, "E_CORRUPT").detail
    path = write_container(tmp_path / "first.gdb", [("notes.txt", b"hi"), *items])
    assert "unexpected member" in refused(path, "E_CORRUPT").detail


@pytest.mark.parametrize("name", ["../payload.age", "/payload.age", "x/payload.age", "payload.age/", "PAYLOAD.AGE",
                                  "payload.age\0evil", "payload.agex"])
def test_bad_member_names(tmp_path, good, name):
    m = members(good)
    path = write_container(tmp_path / "bad.gdb", [(ct.PAYLOAD, m[ct.PAYLOAD]), (ct.HEADER, m[ct.HEADER]),
                                                  (ct.SIGNATURE, m[ct.SIGNATURE])])
    data = bytearray(path.read_bytes())
    data[0:512] = _header_named(name, len(m[ct.PAYLOAD]))
    path.write_bytes(bytes(data))
    refused(path, "E_CORRUPT")


def test_wrong_member_order(tmp_path, good):
    m = members(good)
    path = write_container(tmp_path / "order.gdb", [(ct.HEADER, m[ct.HEADER]), (ct.PAYLOAD, m[ct.PAYLOAD]),
                                                    (ct.SIGNATURE, m[ct.SIGNATURE])])
    refused(path, "E_CORRUPT")


@pytest.mark.parametrize("typeflag", [b"2", b"1", b"5", b"x", b"\0"])
def test_links_and_other_entry_types(tmp_path, good, typeflag):
    data = bytearray(good.read_bytes())
    block = bytearray(data[0:512])
    block[156:157] = typeflag
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    data[0:512] = block
    (tmp_path / "t.gdb").write_bytes(bytes(data))
    refused(tmp_path / "t.gdb", "E_CORRUPT")


@pytest.mark.parametrize("member, size", [(0, 5 * 1024 ** 3), (0, 8 ** 11 - 1), (1, 1024 * 1024), (2, 4096)])
def test_oversized_declared_size(tmp_path, good, member, size):
    """A zip-bomb style claim is refused from the header block alone, before anything is read."""
    data = bytearray(good.read_bytes())
    offset = 0
    for _ in range(member):
        offset += 512 + ct.padded(int(data[offset + 124:offset + 135], 8))
    name = ct.MEMBERS[member]
    data[offset:offset + 512] = _header_named(name, size)
    (tmp_path / "big.gdb").write_bytes(bytes(data))
    detail = refused(tmp_path / "big.gdb", "E_CORRUPT").detail
    assert "exceeds the limit" in detail or "past the end" in detail


def test_declared_size_past_the_end(tmp_path, good):
    data = bytearray(good.read_bytes())
    data[0:512] = _header_named(ct.PAYLOAD, len(data))
    (tmp_path / "past.gdb").write_bytes(bytes(data))
    assert "past the end" in refused(tmp_path / "past.gdb", "E_CORRUPT").detail


def _header_named(name: str, size: int) -> bytes:
    block = bytearray(ct.member_header("x", size, 0))
    block[0:100] = name.encode("latin-1")[:100].ljust(100, b"\0")
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


# ------------------------------------------------------------ signature

def _regions(path):
    with open(path, "rb") as f:
        return ct.read_index(f)


def test_flipped_byte_in_header_or_signature(tmp_path, good):
    data = good.read_bytes()
    index = _regions(good)
    for name in (ct.HEADER, ct.SIGNATURE):
        member = index[name]
        for pos in range(member.offset, member.offset + member.size):
            bad = bytearray(data)
            bad[pos] ^= 0x01
            (tmp_path / "f.gdb").write_bytes(bytes(bad))
            with pytest.raises(BundleError) as info:
                open_as_district(tmp_path / "f.gdb").close()
            assert info.value.code == "E_SIGNATURE", (name, pos - member.offset, info.value.detail)


def test_unknown_signer(tmp_path, good):
    assert "unknown" in refused(good, "E_SIGNATURE", trusted=Keys.trusted(Keys.other)).detail
    assert "unknown" in refused(good, "E_SIGNATURE", trusted=lambda key_id: None).detail


def test_revoked_signer(tmp_path, good):
    public = Keys.site.public()
    detail = refused(good, "E_SIGNATURE", trusted={public.key_id: public.revoke()}).detail
    assert "revoked" in detail


def test_a_trusted_key_of_another_site_cannot_speak_for_this_one(tmp_path, good):
    path = forge(good, tmp_path / "x.gdb", signer=Keys.other)  # header still says from_site = site-a
    assert "another site" in refused(path, "E_SIGNATURE").detail


def test_signer_field_must_name_the_signing_key(tmp_path, good):
    def edit(values):
        values["signer"] = {"key_id": Keys.other.public().key_id, "sign_key": Keys.other.public().sign_key,
                            "age_recipient": Keys.other.public().age_recipient}
    refused(forge(good, tmp_path / "x.gdb", header_edit=edit), "E_SIGNATURE")


def test_signature_from_a_lookalike_key_id(tmp_path, good):
    """Same key id, different key: the trusted key decides, and it does not verify."""
    impostor = SiteKeys(Keys.site.site_id, Keys.site.key_id, os.urandom(32), str(pyrage.x25519.Identity.generate()),
                        "2025-01-01T00:00:00Z")
    refused(forge(good, tmp_path / "x.gdb", signer=impostor), "E_SIGNATURE")


def test_trusted_comment_must_name_the_bundle(tmp_path, good):
    m = members(good)
    sig = Keys.site.sign(m[ct.HEADER], "GridDesk bundle 00000000-0000-0000-0000-000000000000")
    path = write_container(tmp_path / "x.gdb", [(ct.PAYLOAD, m[ct.PAYLOAD]), (ct.HEADER, m[ct.HEADER]),
                                                (ct.SIGNATURE, sig)])
    assert "trusted comment" in refused(path, "E_SIGNATURE").detail


# ------------------------------------------------------------ addressing and versions

def test_addressed_to_another_site(good):
    refused(good, "E_NOT_FOR_US", site="site-b", identity=Keys.other)


def test_encrypted_to_another_key(tmp_path, good):
    """Addressed to us, but the payload is for someone else's key (e.g. keys replaced since)."""
    payload = pyrage.encrypt(gzip.compress(b'["GridDesk payload",1]\n["manifest",[]]\n'), [Keys.other.public().recipient])
    refused(forge(good, tmp_path / "x.gdb", payload=payload), "E_NOT_FOR_US")


@pytest.mark.parametrize("edit", [
    lambda v: v.update(format_version=2),
    lambda v: v.update(schema_version=SCHEMA + 1),
    lambda v: v.update(format_version=2, new_field="x", seq="changed meaning"),
])
def test_too_new(tmp_path, good, edit):
    error = refused(forge(good, tmp_path / "x.gdb", header_edit=edit), "E_TOO_NEW")
    assert "升级" in error.message


def test_older_schema_is_accepted(tmp_path, good):
    """A bundle of an older schema than the reader's is read whole: the header and every row as written."""
    older = make_bundle(tmp_path / "older", fields={"schema_version": SCHEMA - 2}).path
    for path, bundle_schema, reader_schema in ((good, SCHEMA, SCHEMA + 3), (older, SCHEMA - 2, SCHEMA)):
        header, parts = read_all(path, max_schema=reader_schema)
        assert {key: getattr(header, key) for key in FIELDS} == {**FIELDS, "schema_version": bundle_schema}
        assert parts == {name: (len(rows), rows) for name, rows in sample_parts()}


@pytest.mark.parametrize("edit", [
    lambda v: v.update(seq="7"), lambda v: v.pop("kind"), lambda v: v.update(extra="张三 13912345678"),
    lambda v: v.update(created_at="2025-02-30T00:00:00Z"), lambda v: v.update(payload_sha256="0" * 64),
    lambda v: v.update(payload_size=1), lambda v: v.update(since="zz"),
    # leniency the document forbids: a version 0, patterns matched to the end of the string only
    lambda v: v.update(format_version=0), lambda v: v.update(app_version=v["app_version"] + "\n"),
    lambda v: v.update(since="0" * 16 + "\n", until=None),
    lambda v: v["signer"].update(age_recipient=v["signer"]["age_recipient"] + "\n"),
    lambda v: v.update(created_at=v["created_at"] + "\n"), lambda v: v.update(format_version=True),
], ids=["seq-text", "no-kind", "extra", "bad-date", "sha", "size", "since", "format-0", "app-version-newline",
        "since-newline", "recipient-newline", "created-newline", "format-true"])
def test_signed_but_malformed_header(tmp_path, good, edit):
    refused(forge(good, tmp_path / "x.gdb", header_edit=edit), "E_CORRUPT")


def test_signed_header_that_is_not_json(tmp_path, good):
    refused(forge(good, tmp_path / "x.gdb", raw_header=b"not json\n"), "E_CORRUPT")


def test_signed_header_naming_a_key_twice(tmp_path, good):
    """Two to_site values: the last one would win in a lenient parser."""
    head = members(good)[ct.HEADER].decode()
    twice = head.replace('"to_site": ', '"to_site": "someone-else",\n  "to_site": ', 1).encode()
    assert twice.count(b'"to_site"') == 2
    assert "not JSON" in refused(forge(good, tmp_path / "x.gdb", raw_header=twice), "E_CORRUPT").detail


def test_ascii_armoured_age_is_refused(tmp_path, good):
    armoured = pyrage.encrypt(b"x", [pyrage.x25519.Recipient.from_str(DISTRICT_RECIPIENT())], armored=True)
    assert armoured.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert "binary age" in refused(forge(good, tmp_path / "a.gdb", payload=armoured), "E_CORRUPT").detail


def DISTRICT_RECIPIENT() -> str:  # noqa: N802
    return str(Keys.district.identity.to_public())


def test_a_signed_payload_that_is_no_age_file_costs_no_memory(tmp_path, good):
    """512 MiB that are not age cost 568 MB before: the age header is checked first."""
    import subprocess
    import sys
    from pathlib import Path as _P

    bad = tmp_path / "big.gdb"
    size = 256 * 1024 * 1024
    forge(good, bad, payload=b"x" * 16)  # the real header is re-signed below with the big size
    values = json.loads(members(bad)[ct.HEADER])
    import hashlib
    digest = hashlib.sha256()
    block = b"y" * (1024 * 1024)
    for _ in range(size // len(block)):
        digest.update(block)
    values.update(payload_sha256=digest.hexdigest(), payload_size=size)
    head = (json.dumps(values, sort_keys=True, indent=2) + "\n").encode()
    sig = Keys.site.sign(head, f"GridDesk bundle {values['bundle_id']}")
    with open(bad, "wb") as f:
        f.write(ct.member_header(ct.PAYLOAD, size, 0))
        for _ in range(size // len(block)):
            f.write(block)
        for name, data in ((ct.HEADER, head), (ct.SIGNATURE, sig)):
            f.write(ct.member_header(name, len(data), 0))
            f.write(data + bytes(ct.padded(len(data)) - len(data)))
        f.write(bytes(1024))
    probe = ("import os, resource, sys\nfrom tests.bundle_helpers import Keys, read_all\n"
             "from app.exchange import BundleError, SiteKeys\n"
             "Keys.site, Keys.district = (SiteKeys.from_json(os.environ[k]) for k in ('SITE_KEYS', 'DISTRICT_KEYS'))\n"
             "try:\n    read_all(sys.argv[1])\nexcept BundleError as e:\n    print(e.code)\n"
             "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    env = {**os.environ, "SITE_KEYS": Keys.site.to_json(), "DISTRICT_KEYS": Keys.district.to_json()}
    root = _P(__file__).resolve().parents[2]

    def peak(path):
        out = subprocess.run([sys.executable, "-c", probe, str(path)], cwd=root, capture_output=True, text=True,
                             check=True, env=env).stdout.split()
        return out[0] if len(out) > 1 else "ok", int(out[-1]) // 1024

    (code, big), (_ok, small) = peak(bad), peak(good)
    assert code == "E_CORRUPT"
    assert big - small < 32, f"reading a 256 MiB non-age payload grew the process by {big - small} MB"


# ------------------------------------------------------------ payload

def test_flipped_byte_in_payload(tmp_path, good):
    data = bytearray(good.read_bytes())
    member = _regions(good)[ct.PAYLOAD]
    for pos in (member.offset, member.offset + 40, member.offset + member.size // 2, member.offset + member.size - 1):
        bad = bytearray(data)
        bad[pos] ^= 0x80
        (tmp_path / "p.gdb").write_bytes(bytes(bad))
        assert "payload" in refused(tmp_path / "p.gdb", "E_CORRUPT").detail


def test_flipped_byte_in_each_age_chunk_even_when_re_signed(tmp_path, chunky):
    path, start = chunky
    body = members(path)[ct.PAYLOAD]
    chunk_starts = range(start, len(body), CHUNK)
    assert len(chunk_starts) >= 4
    for chunk in chunk_starts:
        for pos in (chunk, min(chunk + CHUNK, len(body)) - 1):  # first byte and last byte (tag)
            bad = bytearray(body)
            bad[pos] ^= 0x01
            error = refused(forge(path, tmp_path / "c.gdb", payload=bytes(bad)), "E_CORRUPT")
            assert "does not decrypt" in error.detail


def test_age_header_damage_even_when_re_signed(tmp_path, chunky):
    path, start = chunky
    body = members(path)[ct.PAYLOAD]
    for pos in range(0, start, 7):
        bad = bytearray(body)
        bad[pos] ^= 0x01
        with pytest.raises(BundleError) as info:
            read_all(forge(path, tmp_path / "h.gdb", payload=bytes(bad)))
        assert info.value.code in ("E_CORRUPT", "E_NOT_FOR_US"), (pos, info.value.detail)


def test_missing_final_chunk_even_when_re_signed(tmp_path, chunky):
    """age's STREAM marks the last chunk: a payload cut at a chunk boundary is detected."""
    path, start = chunky
    body = members(path)[ct.PAYLOAD]
    for cut in (start + CHUNK, start + 2 * CHUNK, start + 3 * CHUNK, start, len(body) - 1, start + 100):
        error = refused(forge(path, tmp_path / "t.gdb", payload=body[:cut]), "E_CORRUPT")
        assert "payload.age" in error.detail
    assert "truncated" in refused(forge(path, tmp_path / "t.gdb", payload=body[:start + CHUNK]), "E_CORRUPT").detail


def _plain(tmp_path, good, lines=None, raw=None):
    return forge(good, tmp_path / "pl.gdb", payload=plaintext(lines or [], raw=raw))


def test_signed_payload_with_valid_structure_is_read(tmp_path, good):
    lines, info = part_lines("a", [{"x": 1}, {"y": "二"}])
    path = _plain(tmp_path, good, [["GridDesk payload", 1], *lines, ["manifest", [info]]])
    assert read_all(path)[1] == {"a": (2, [{"x": 1}, {"y": "二"}])}


def _bad_payloads():
    lines, info = part_lines("a", [{"x": 1}, {"y": 2}])
    magic, manifest = ["GridDesk payload", 1], ["manifest", [info]]
    wrong_hash = [*lines[:-1], [*lines[-1][:4], "0" * 64]]
    yield "wrong part hash", [magic, *wrong_hash, manifest]
    yield "wrong row count", [magic, *lines[:-1], ["end", "a", 3, *lines[-1][3:]], manifest]
    yield "wrong size", [magic, *lines[:-1], ["end", "a", 2, lines[-1][3] + 1, lines[-1][4]], manifest]
    yield "a row dropped", [magic, lines[0], lines[1], lines[3], manifest]
    yield "no manifest", [magic, *lines]
    yield "manifest differs", [magic, *lines, ["manifest", [{**info, "rows": 3}]]]
    yield "manifest empty", [magic, *lines, ["manifest", []]]
    yield "lines after manifest", [magic, *lines, manifest, lines[0]]
    yield "no magic", [*lines, manifest]
    yield "newer payload", [["GridDesk payload", 2], *lines, manifest]
    yield "magic with true", [["GridDesk payload", True], *lines, manifest]
    yield "row outside a part", [magic, b'{"x":1}', *lines, manifest]
    yield "part not ended", [magic, lines[0], lines[1], ["part", "b"], manifest]
    yield "repeated part", [magic, *lines, *lines, ["manifest", [info, info]]]
    yield "bad part name", [magic, ["part", "../etc"], ["end", "../etc", 0, 0, info["sha256"]], manifest]
    yield "row not json", [magic, ["part", "a"], b"{not json", ["end", "a", 1, 10, "0" * 64], manifest]
    yield "control not json", [magic, b"[not json", manifest]
    yield "unknown control", [magic, ["eof"], manifest]
    yield "line too long", [magic, ["part", "a"], b'{"x":"' + b"y" * (1024 * 1024) + b'"}']
    yield "empty", []


@pytest.mark.parametrize("lines", [lines for _name, lines in _bad_payloads()],
                         ids=[name for name, _lines in _bad_payloads()])
def test_signed_payload_with_bad_structure(tmp_path, good, lines):
    refused(_plain(tmp_path, good, lines or None, raw=b"" if not lines else None), "E_CORRUPT")


def test_signed_payload_with_bad_compression(tmp_path, good):
    body = b'["GridDesk payload",1]\n["manifest",[]]\n'
    for raw in (body, gzip.compress(body) + b"trailing", gzip.compress(body)[:-6], gzip.compress(body) * 2,
                b"\x1f\x8b" + os.urandom(200)):
        payload = pyrage.encrypt(raw, [Keys.district.public().recipient])
        refused(forge(good, tmp_path / "z.gdb", payload=payload), "E_CORRUPT")
    read_all(forge(good, tmp_path / "ok.gdb", payload=pyrage.encrypt(gzip.compress(body),
                                                                        [Keys.district.public().recipient])))


def test_nothing_is_handed_out_before_the_whole_payload_is_checked(tmp_path, good):
    lines, info = part_lines("a", [{"x": 1}])
    path = _plain(tmp_path, good, [["GridDesk payload", 1], *lines, ["manifest", [{**info, "rows": 9}]]])
    with pytest.raises(BundleError):
        open_as_district(path)  # the checking pass fails: the caller never sees a row
    with open_as_district(path, verify=False) as bundle, pytest.raises(BundleError):
        bundle.iter_parts().__next__()  # iter_parts checks first when open did not


# ------------------------------------------------------------ any single flipped byte

@pytest.fixture(scope="module")
def good_bytes(good):
    return good.read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=strategies.data())
def test_any_flipped_byte_is_refused(tmp_path, good, good_bytes, data):
    pos = data.draw(strategies.integers(0, len(good_bytes) - 1), label="position")
    bit = data.draw(strategies.integers(0, 7), label="bit")
    bad = bytearray(good_bytes)
    bad[pos] ^= 1 << bit
    path = tmp_path / "flip.gdb"
    path.write_bytes(bytes(bad))
    with pytest.raises(BundleError) as info:
        read_all(path)
    index = _regions(good)
    in_signed = any(m.offset <= pos < m.offset + m.size for m in (index[ct.HEADER], index[ct.SIGNATURE]))
    assert info.value.code == ("E_SIGNATURE" if in_signed else "E_CORRUPT"), (pos, info.value.detail)


def test_error_is_a_griddesk_error_with_a_chinese_message(good):
    from app.errors import GridDeskError, user_message

    error = refused(good, "E_NOT_FOR_US", site="elsewhere")
    assert isinstance(error, GridDeskError) and "不是发给本站" in user_message(error)
    assert json.dumps(error.detail)  # plain text for the log
    assert DISTRICT not in error.message
