"""What this PC knows about the exchange of bundles: other sites' keys and the
trust its operator gave them, the state of each peer, every bundle in and out,
and the conflicts a leader must review. Local tables: they never travel."""

from peewee import AutoField, DateTimeField, IntegerField, TextField

from db.base import LocalModel


class SiteKey(LocalModel):
    site_uuid = TextField(primary_key=True)
    key_id = TextField(index=True)  # the minisign key id (hex)
    sign_public_key = TextField()  # minisign public key (base64)
    age_recipient = TextField()  # age1...
    fingerprint = TextField()
    confirmed_at = DateTimeField(null=True)  # the operators compared fingerprints
    revoked_at = DateTimeField(null=True)


class PeerState(LocalModel):
    site_uuid = TextField(primary_key=True)
    last_out_seq = IntegerField(default=0)  # sequence of the last bundle written to the peer
    acked_change_seq = IntegerField(default=0)  # change_log seq the peer confirmed holding
    last_in_seq = IntegerField(default=0)  # sequence of the newest bundle imported from the peer
    held_change_seq = IntegerField(default=0)  # the peer's change_log seq we hold (we acknowledge it)
    last_in_at = DateTimeField(null=True)
    missing = TextField(null=True)  # JSON list of sequence numbers whose content never arrived


class RelayState(LocalModel):
    """A site that reports through another (a community through its subdistrict):
    the newest bundle the site in between had received from it, as that site said."""

    site_uuid = TextField(primary_key=True)
    via_site = TextField()
    last_in_seq = IntegerField()
    last_in_at = DateTimeField(null=True)
    gap = IntegerField()  # 1: the site in between misses content of that site


class BundleLog(LocalModel):
    id = AutoField()
    direction = TextField()  # in / out
    bundle_id = TextField(index=True)
    kind = TextField()
    peer_site = TextField(index=True)
    seq = IntegerField()
    since_seq = IntegerField(null=True)
    until_seq = IntegerField(null=True)
    file_name = TextField(null=True)
    sha256 = TextField(null=True)
    size = IntegerField(null=True)
    counts = TextField(null=True)  # JSON {table: {new, updated, unchanged, older, conflicts}}
    status = TextField()  # written / imported / rejected / nothing_new


class Conflict(LocalModel):
    id = AutoField()
    table = TextField()
    row_uuid = TextField(index=True)
    local_version = TextField()
    local_row = TextField()  # JSON of the local record that lost
    incoming_version = TextField()
    bundle_id = TextField()
    resolved_at = DateTimeField(null=True)
    resolved_by = TextField(null=True)
    resolution = TextField(null=True)  # kept_incoming / kept_mine
