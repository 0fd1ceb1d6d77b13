"""Broken, encrypted, legacy and hostile Office files: FILE_UNREADABLE with a reason, never a crash."""

from __future__ import annotations

import io
import os
import stat
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from ocr_fakes import FakeEngine
from office_files import contract_docx
from PIL import Image

from jianzheng.extract import find_submission, read_pages
from jianzheng.extract.read import read_file
from jianzheng.extract.readers import legacy_office
from jianzheng.extract.reading_rules import rules
from jianzheng.models import Code
from jianzheng.models.errors import UnreadableFile
from jianzheng.models.settings import Settings

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _read(tmp_path: Path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(path, name, engine=FakeEngine()))


def _reason(tmp_path: Path, name: str, data: bytes) -> str:
    with pytest.raises(UnreadableFile) as caught:
        _read(tmp_path, name, data)
    return str(caught.value)


def _ole(*streams: str) -> bytes:
    """An OLE2 compound file's header and a directory sector naming the given streams (UTF-16LE)."""
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64 for name in streams)
    return OLE + b"\0" * 504 + directory.ljust(512, b"\0")


def test_truncated_docx(tmp_path):
    data = contract_docx()
    assert "损坏" in _reason(tmp_path, "c.docx", data[: len(data) // 2])


def test_zip_with_only_a_document_part_is_refused_with_advice(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "请另存为 PDF 或 .docx" in _reason(tmp_path, "contract.docx", buffer.getvalue())


def test_docx_that_is_really_a_png_is_read_as_the_picture(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(buffer, "PNG")
    (page,) = _read(tmp_path, "contract.docx", buffer.getvalue())
    assert page.image_based  # the content decides, not the name


def test_docx_that_is_noise_is_unsupported(tmp_path):
    assert "不支持" in _reason(tmp_path, "contract.docx", os.urandom(2048).replace(b"%PDF-", b"xxxxx"))


def test_encrypted_office_file(tmp_path):
    reason = _reason(tmp_path, "contract.docx", _ole("EncryptedInfo", "EncryptedPackage"))
    assert "加密" in reason and "请另存为" in reason


def test_legacy_doc_without_libreoffice_asks_for_pdf_or_docx(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy_office, "soffice", lambda: None)
    reason = _reason(tmp_path, "contract.doc", _ole("WordDocument", "1Table"))
    assert "请另存为 PDF 或 .docx 后上传" in reason


def _fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_legacy_doc_is_converted_when_libreoffice_is_there(tmp_path, monkeypatch):
    converted = tmp_path / "converted.docx"
    converted.write_bytes(contract_docx())
    # Stands in for LibreOffice: writes <outdir>/<stem>.docx as `soffice --convert-to docx` does.
    body = 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
    body += f'mkdir -p "$out" && cp {converted} "$out/attachment.docx"\n'
    monkeypatch.setattr(legacy_office, "soffice", lambda: _fake_soffice(tmp_path, body))
    pages = _read(tmp_path, "contract.wps", _ole("WordDocument"))
    assert "乌鲁木齐市某区数据局" in pages[0].text


def test_conversion_is_time_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy_office, "soffice", lambda: _fake_soffice(tmp_path, "sleep 30\n"))
    limited = rules().model_copy(
        update={"limits": rules().limits.model_copy(update={"convert_timeout_s": 1})}
    )
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match="超时"):
        list(legacy_office.iter_legacy_office(_ole("WordDocument"), limited))
    assert time.monotonic() - started < 10


def test_failed_conversion_is_unreadable(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy_office, "soffice", lambda: _fake_soffice(tmp_path, "exit 1\n"))
    assert "无法转换" in _reason(tmp_path, "old.doc", _ole("WordDocument"))


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 60_000_000 + b"</w:document>")
    assert len(buffer.getvalue()) < 1_000_000
    assert "体积异常" in _reason(tmp_path, "bomb.docx", buffer.getvalue())


def test_docx_with_an_entity_declaration_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:document>&a;</w:document>'
        )
    assert "实体" in _reason(tmp_path, "laughs.docx", buffer.getvalue())


def _far_cell_sheet() -> bytes:
    """A tiny workbook whose only cell sits at the last row and column Excel allows."""
    workbook = openpyxl.Workbook()
    workbook.active["XFD1048576"] = "尾"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_huge_sheet_is_refused_quickly(tmp_path):
    started = time.monotonic()
    assert "过大" in _reason(tmp_path, "huge.xlsx", _far_cell_sheet())
    assert time.monotonic() - started < 20


def test_sheet_cell_limit_counts_cells_read(tmp_path):
    workbook = openpyxl.Workbook()
    for row in range(300):
        workbook.active.append([f"项目{row}", row, row * 2])
    buffer = io.BytesIO()
    workbook.save(buffer)
    limited = rules().model_copy(
        update={"limits": rules().limits.model_copy(update={"max_sheet_cells": 500})}
    )
    from jianzheng.extract.readers.xlsx import iter_xlsx

    with pytest.raises(UnreadableFile, match="过大"):
        list(iter_xlsx(buffer.getvalue(), limited))


def test_hostile_office_files_in_a_submission_become_findings(tmp_path):
    (tmp_path / "good.docx").write_bytes(contract_docx())
    (tmp_path / "cut.docx").write_bytes(contract_docx()[:3000])
    (tmp_path / "locked.xlsx").write_bytes(_ole("EncryptedPackage"))
    (tmp_path / "huge.xlsx").write_bytes(_far_cell_sheet())
    pages, findings = read_pages(
        find_submission(tmp_path), settings=Settings(ocr_engine="null", use_cache=False)
    )
    assert {p.file for p in pages} == {"good.docx"}
    assert sorted(f.evidence[0].file for f in findings) == ["cut.docx", "huge.xlsx", "locked.xlsx"]
    assert all(f.code == Code.FILE_UNREADABLE for f in findings)
