"""Reading an uploaded zip safely: no entry can name a path outside the submission or expand without bound.

Entries are never extracted by name: each one is streamed into the
content-addressed store and its name kept only as display text, so a name
like ../../etc/passwd cannot write anywhere; it is refused all the same, since
an archive built that way is not an honest submission.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from fastapi import HTTPException

from jianzheng.service.api.settings import ServiceSettings
from jianzheng.service.store import BlobStore, TooLarge

RATIO_MIN_SIZE = 1024 * 1024
"""Compression ratio is judged only on entries larger than this (small text compresses very well)."""
_JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Entry:
    """One file taken from the archive: where its bytes are and the name it had."""

    name: str
    sha256: str
    size: int


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name: zips from Chinese Windows store GBK names without the UTF-8 flag."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass  # not GBK after all: keep what zipfile decoded
    return name.replace("\\", "/")


def unsafe_reason(name: str, info: zipfile.ZipInfo) -> str | None:
    """Why an entry must be refused, or None."""
    if name.startswith("/") or _DRIVE.match(name):
        return "绝对路径"
    if ".." in PurePosixPath(name).parts:
        return "路径含 ..，指向压缩包之外"
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        return "符号链接"
    if info.flag_bits & 0x1:
        return "加密条目"
    return None


def _is_junk(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts) or parts[-1].lower() in _JUNK


def _refuse(status: int, message: str) -> HTTPException:
    return HTTPException(status_code=status, detail=message)


def _capped(stream: IO[bytes], chunk: int = 1024 * 1024) -> Iterator[bytes]:
    while data := stream.read(chunk):
        yield data


def read_archive(path: Path, blobs: BlobStore, settings: ServiceSettings, stored: list[str]) -> list[Entry]:
    """Store every file of the zip at ``path``; raise HTTPException (413/422) for a hostile archive.

    Each stored hash is appended to ``stored`` as it is written, so that a
    caller can discard them when the archive is refused half-way.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(422, f"压缩包无法打开：{exc}") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > settings.max_zip_entries:
            raise _refuse(413, f"压缩包条目过多：{len(infos)} 个，上限 {settings.max_zip_entries}")
        declared = sum(i.file_size for i in infos)
        if declared > settings.max_zip_bytes:
            raise _refuse(413, f"压缩包解压后过大：{declared} 字节，上限 {settings.max_zip_bytes}")
        entries: list[Entry] = []
        budget = settings.max_zip_bytes
        for info in infos:
            name = entry_name(info)
            reason = unsafe_reason(name, info)
            if reason:
                raise _refuse(422, f"压缩包中有不安全的条目（{reason}）：{name}")
            if info.is_dir() or _is_junk(name):
                continue
            if info.file_size > settings.max_file_bytes:
                raise _refuse(
                    413, f"压缩包条目过大：{name}，单个文件上限 {settings.max_file_bytes // (1024 * 1024)} MB"
                )
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_MIN_SIZE and ratio > settings.max_zip_ratio:
                raise _refuse(413, f"压缩包条目压缩比异常（{ratio:.0f} 倍，疑似压缩炸弹）：{name}")
            try:
                with archive.open(info) as stream:
                    # The header's size may lie: count the bytes really produced.
                    sha, size = blobs.put_chunks(_capped(stream), limit=min(info.file_size, budget))
            except TooLarge as exc:
                raise _refuse(413, f"压缩包条目实际大小超过其声明或总上限：{name}") from exc
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
                raise _refuse(422, f"压缩包条目已损坏：{name}（{exc}）") from exc
            stored.append(sha)
            budget -= size
            entries.append(Entry(name=name, sha256=sha, size=size))
        return entries
