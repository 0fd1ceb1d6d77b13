"""Content-addressed file storage: bytes live at blobs/ab/cdef… named by their SHA-256.

Writes go to a temporary file in the same folder tree and are moved into place
with os.replace, so a killed process never leaves a half-written blob under a
real name; an identical upload is stored once.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")


class TooLarge(ValueError):
    """The stream is longer than the limit it was written under."""


class BlobStore:
    """Files by content hash under one folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        """Where the blob with this hash lives (it may not exist)."""
        if not _SHA.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def exists(self, sha256: str) -> bool:
        """Whether the blob is stored."""
        return self.path(sha256).is_file()

    def put_chunks(self, chunks: Iterable[bytes], limit: int | None = None) -> tuple[str, int]:
        """Store a stream of chunks; return (sha256, size). Raise TooLarge past ``limit`` bytes."""
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="up-")
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise TooLarge(f"more than {limit} bytes")
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return sha, size

    def put_file(self, stream: BinaryIO, limit: int | None = None) -> tuple[str, int]:
        """Store a readable binary stream without holding it in memory."""
        return self.put_chunks(iter(lambda: stream.read(CHUNK), b""), limit)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        """Store bytes (small things: a report, a test file)."""
        return self.put_chunks([data])

    def delete(self, sha256: str) -> None:
        """Remove a blob; the caller makes sure nothing refers to it any more."""
        self.path(sha256).unlink(missing_ok=True)
