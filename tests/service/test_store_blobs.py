"""The content-addressed store: files named by SHA-256, written atomically, stored once."""

from __future__ import annotations

import hashlib
import io

import pytest

from jianzheng.extract.readers.sniff import sniff_media
from jianzheng.service.store import BlobStore, TooLarge


def test_a_blob_is_named_by_its_hash_and_stored_once(tmp_path):
    blobs = BlobStore(tmp_path)
    sha, size = blobs.put_file(io.BytesIO(b"%PDF-1.4 hello"))
    assert sha == hashlib.sha256(b"%PDF-1.4 hello").hexdigest() and size == 14
    assert blobs.path(sha) == tmp_path / sha[:2] / sha[2:]
    assert blobs.put_bytes(b"%PDF-1.4 hello") == (sha, 14)
    assert len(list(tmp_path.glob("??/*"))) == 1


def test_a_write_past_the_limit_leaves_nothing_behind(tmp_path):
    blobs = BlobStore(tmp_path)
    with pytest.raises(TooLarge):
        blobs.put_chunks([b"x" * 10, b"y" * 10], limit=15)
    assert list(tmp_path.glob("??/*")) == [] and list(blobs.tmp.iterdir()) == []


def test_an_interrupted_write_never_appears_under_a_real_name(tmp_path):
    blobs = BlobStore(tmp_path)

    def dying():
        yield b"first part"
        raise KeyboardInterrupt  # the process is stopped mid-upload

    with pytest.raises(KeyboardInterrupt):
        blobs.put_chunks(dying())
    assert list(tmp_path.glob("??/*")) == [] and list(blobs.tmp.iterdir()) == []


def test_paths_only_from_hashes(tmp_path):
    with pytest.raises(ValueError):
        BlobStore(tmp_path).path("../../etc/passwd")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\xff\xd8\xff\xe0", "jpg"),
        (b"\x89PNG\r\n\x1a\n", "png"),
        (b"II*\x00", "tif"),
        (b"MM\x00*", "tif"),
        (b"BM" + b"\0" * 20, "bmp"),
        (b'\xef\xbb\xbf{"enterprise": 1}', "json"),
        (b'<?xml version="1.0"?><EInvoice/>', "xml"),
        (b"MZ\x90\x00", "bin"),
    ],
)
def test_types_are_sniffed_from_the_first_bytes(head, kind):
    assert sniff_media(io.BytesIO(head)) == kind
