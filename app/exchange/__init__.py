"""Bundles: the one file a site and the district exchange on a USB stick.

This package is the file layer only (keys, writing and reading one bundle);
which records go in and how they merge is the sync layer's business.
Format: docs/bundle-format.md.
"""

from app.exchange.bundle import Bundle, Part, Peek, Receipt, open_bundle, peek_bundle, write_bundle
from app.exchange.errors import BundleError
from app.exchange.header import FORMAT_VERSION, KINDS, Header
from app.exchange.keys import PublicKeys, SiteKeys
from app.exchange.payload import PartInfo

__all__ = ["FORMAT_VERSION", "KINDS", "Bundle", "BundleError", "Header", "Part", "PartInfo", "Peek",
           "PublicKeys", "Receipt", "SiteKeys", "open_bundle", "peek_bundle", "write_bundle"]
