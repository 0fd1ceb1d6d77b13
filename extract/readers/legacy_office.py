"""Legacy Office and WPS files (.doc, .wps, .xls, .et: OLE2 compound files), and encrypted Office files.

No maintained Python library reads the binary Word format's text reliably; LibreOffice
does, offline. When ``soffice`` is on PATH at run time the file is converted to
.docx (.xlsx for workbooks) under a time limit and read like one; it is never
installed by this project. Without it, or when conversion fails, the file is
FILE_UNREADABLE with a message that tells the enterprise what to upload instead.

An encrypted .docx/.xlsx is also an OLE2 file (its package sits in an
``EncryptedPackage`` stream); it is refused with its own message.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jianzheng.models.errors import UnreadableFile

from ..reading_rules import ReadingRules
from .docx import iter_docx
from .office_zip import SAVE_AS
from .source import SourcePage
from .xlsx import iter_xlsx


def _has_stream(data: bytes, name: str) -> bool:
    # Stream names sit in the compound file's directory as UTF-16LE. Only the choice of a message
    # and of the converter's target hangs on this; LibreOffice does the real parsing.
    return name.encode("utf-16-le") in data


def ole_kind(data: bytes) -> str | None:
    """ "encrypted", "docx" (a Word or WPS text file), "xlsx" (an Excel or WPS sheet), or None."""
    if _has_stream(data, "EncryptedPackage"):
        return "encrypted"
    if _has_stream(data, "WordDocument"):
        return "docx"
    if _has_stream(data, "Workbook") or _has_stream(data, "Book"):
        return "xlsx"
    return None


def iter_legacy_office(data: bytes, rules: ReadingRules) -> Iterator[SourcePage]:
    """Pages of a converted legacy file; UnreadableFile (with what to do) when it cannot be."""
    kind = ole_kind(data)
    if kind == "encrypted":
        raise UnreadableFile(f"Office 文件已加密，需要密码才能打开；请去除密码，{SAVE_AS}")
    if kind is None:
        raise UnreadableFile(f"不支持的 Office 文件类型；{SAVE_AS}")
    converted = convert(data, kind, rules)
    yield from (iter_docx if kind == "docx" else iter_xlsx)(converted, rules)


def soffice() -> str | None:
    """The LibreOffice command on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, target: str, rules: ReadingRules) -> bytes:
    """The file converted to ``target`` ("docx" or "xlsx") by LibreOffice, within the time limit."""
    command = soffice()
    if command is None:
        raise UnreadableFile(f"旧版 Word/WPS/Excel 文件（.doc/.wps/.xls）无法直接读取；{SAVE_AS}")
    source_ext = "doc" if target == "docx" else "xls"
    with tempfile.TemporaryDirectory(prefix="jianzheng-office-") as folder:
        work = Path(folder)
        source = work / f"attachment.{source_ext}"
        source.write_bytes(data)
        args = [
            command,
            # A profile of its own: a shared one is locked by any other running LibreOffice.
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        _run(args, rules.limits.convert_timeout_s)
        result = work / "out" / f"attachment.{target}"
        if not result.is_file():
            raise UnreadableFile(f"文件无法转换（可能已加密或损坏）；{SAVE_AS}")
        return result.read_bytes()


def _run(args: list[str], timeout: float) -> None:
    """Run the converter in its own process group, so that on timeout the group it started ends with it."""
    try:
        process = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
    except OSError as exc:
        raise UnreadableFile(f"无法启动文件转换程序（{exc.strerror or exc}）；{SAVE_AS}") from exc
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise UnreadableFile(f"文件转换超时（{timeout:.0f} 秒）；{SAVE_AS}") from exc
