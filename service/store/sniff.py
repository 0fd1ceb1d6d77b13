"""File types from content, never from the client's name or Content-Type header."""

from __future__ import annotations

import zipfile
from pathlib import Path

SUPPORTED = ("pdf", "jpg", "png", "tif", "bmp", "ofd", "xml", "docx", "xlsx", "doc")
"""Attachment types the pipeline reads; anything else is stored and reported as unreadable."""


def sniff_head(head: bytes) -> str:
    """The type a file's first bytes say: pdf, jpg, png, tif, bmp, zip, doc, xml, json, or bin."""
    if b"%PDF-" in head[:1024]:  # readers accept junk before the header, so do we
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tif"
    if head.startswith(b"BM") and len(head) > 14:
        return "bmp"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"  # an OLE2 compound file: .doc, .wps, .xls (extract reads or refuses it clearly)
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<?xml") or text.startswith(b"<"):
        return "xml"
    if text.startswith(b"{"):
        return "json"
    return "bin"


def sniff_file(path: Path) -> str:
    """The type of a stored file; a zip is looked into: an xlsx workbook, a docx, an OFD document, or a zip."""
    with path.open("rb") as stream:
        kind = sniff_head(stream.read(2048))
    if kind != "zip":
        return kind
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return "bin"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"
