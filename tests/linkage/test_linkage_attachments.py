"""An escalation's photos travel with it: a community escalates with two photos (one larger
than a part, so it crosses in several pieces), the subdistrict — a separate database that has
never seen the files — opens them from what the real bundle carried, byte for byte; a
part that does not add up to the recorded hash gives no file."""

import os
import shutil

import pytest

from app import attachments
from app.linkage import escalations
from db.connection import database
from db.models import Attachment, AttachmentPart
from tests.exchange_helpers import at
from tests.linkage_helpers import carry, log_request, three_sites


@pytest.fixture
def world(district, tmp_path):
    return three_sites(district, tmp_path)


def _photos(tmp_path):
    folder = tmp_path / "现场 照片 #1 %20"
    folder.mkdir()
    small, large = folder / "东门 路灯 #1 %.jpg", folder / "线路 全景 #2 %.png"
    small.write_bytes(b"\xff\xd8\xff\xe0" + b"dark gate " * 100)
    large.write_bytes(os.urandom(attachments.PART_BYTES * 2 + 1234))
    return small, large


def test_the_photos_of_an_escalation_open_at_the_subdistrict(world, tmp_path):
    small, large = _photos(tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "路灯线路老化，见照片", attachments=[small, large])
        assert AttachmentPart.select().count() == 1 + 3
        shutil.rmtree(attachments.folder())  # the subdistrict's PC has never held these files
    carry(world, "com", "sub")
    with at(world["sub"]):
        stored = {a.file_name: a for a in attachments.of("escalation", esc.uuid)}
        assert set(stored) == {small.name, large.name}
        assert not attachments.path_of(stored[large.name]).exists()
        for source in (small, large):
            opened = attachments.local_path(stored[source.name])
            assert opened is not None and opened.read_bytes() == source.read_bytes()
            assert attachments.intact(stored[source.name])


def test_a_photo_whose_parts_do_not_add_up_opens_nothing(world, tmp_path):
    small, _large = _photos(tmp_path)
    with at(world["com"]):
        esc = escalations.escalate("request", log_request().uuid, "路灯线路老化", attachments=[small])
        shutil.rmtree(attachments.folder())
        [attachment] = Attachment.select().where(Attachment.owner_uuid == esc.uuid)
        part = AttachmentPart.get(AttachmentPart.attachment == attachment.uuid)
        part.data = part.data[:-8] + "AAAAAAAA"
        part.save()
        assert attachments.local_path(attachment) is None
        assert not attachments.path_of(attachment).exists()


def test_a_request_photo_keeps_no_parts(world, tmp_path):
    """Only what must travel is kept twice: a request's own photos stay files beside the database."""
    small, _large = _photos(tmp_path)
    with at(world["com"]), database.atomic():
        attachments.store("request", log_request().uuid, small)
        assert AttachmentPart.select().count() == 0
