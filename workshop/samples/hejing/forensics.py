"""The selfcheck's measurements on the files themselves: what an auditor with the files would see.

Each returns finding codes it saw; odd measurements (a QR that does not decode, a paste that is not
pixel-identical) go to ``problems``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pymupdf
import zxingcpp

from jianzheng.models import Truth

from .edits import red_ink
from .numerals import date_spellings, figures


def measure(truth: Truth, record: dict[str, Any], submission: Path, problems: list[str]) -> set[str]:
    found: set[str] = set()
    notes = record["notes"]
    for path in sorted(submission.rglob("*.pdf")):
        rel = path.relative_to(submission).as_posix()
        data = path.read_bytes()
        with pymupdf.open(path) as doc:
            if doc[0].get_text().strip():
                found |= _revisions(rel, data, doc, notes, problems)
                found |= _overlays(doc)
    found |= _pasted(submission, notes, problems)
    found |= _fonts(record)
    found |= _qr(truth, record, submission, problems)
    found |= _repeats(record, truth, submission, problems)
    _corrections(truth, record, problems)
    return found


def _revisions(
    rel: str, data: bytes, doc: pymupdf.Document, notes: dict[str, Any], problems: list[str]
) -> set[str]:
    meta = doc.metadata or {}
    revisions = data.count(b"%%EOF")
    if revisions == 1:
        return {"PDF_EDITED"} if meta.get("creationDate") != meta.get("modDate") else set()
    first = data[: data.index(b"%%EOF") + 5]
    with pymupdf.open(stream=first, filetype="pdf") as earlier:
        before = [earlier[i].get_text() for i in range(len(earlier))]
    after = [doc[i].get_text() for i in range(len(doc))]
    if _signature_only(data):
        if before != after:
            problems.append(f"{rel}: the signature revision changed the text")
        return {"SIGNATURE_VALID"}
    edit = notes.get("incremental", {})
    if edit.get("file") == rel:
        old = figures(Decimal(edit["old"]))
        if old not in before[0] or old in after[0]:
            problems.append(f"{rel}: first revision does not say {old}, or the final one still does")
    return {"PDF_EDITED"}


def _signature_only(data: bytes) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    reader = PdfFileReader(io.BytesIO(data))
    signatures = reader.embedded_signatures
    if len(signatures) != 1:
        return False
    status = validate_pdf_signature(signatures[0])
    return bool(status.intact and status.valid and status.coverage == SignatureCoverageLevel.ENTIRE_FILE)


def _overlays(doc: pymupdf.Document) -> set[str]:
    for number in range(len(doc)):
        page = doc[number]
        boxes = [
            d["rect"]
            for d in page.get_drawings()
            if d.get("fill") == (1.0, 1.0, 1.0) and d["rect"].get_area() > 50
        ]
        if not boxes:
            continue
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    rect = pymupdf.Rect(span["bbox"])
                    if span["text"].strip() and any(
                        (rect & box).get_area() > 0.6 * rect.get_area() for box in boxes
                    ):
                        return {"OVERLAY_DETECTED"}
    return set()


def _pasted(submission: Path, notes: dict[str, Any], problems: list[str]) -> set[str]:
    paste = notes.get("pasted_seal")
    if not paste:
        return set()
    from .selfcheck import page_image

    with pymupdf.open(submission / notes["pasted_file"]) as doc:
        source = page_image(doc, paste["source_page"])
        target = page_image(doc, paste["target_page"])
    (x0, y0), (tx, ty), (w, h) = paste["source_xy"], paste["target_xy"], paste["size"]
    region = source[y0 : y0 + h, x0 : x0 + w]
    mask = red_ink(region)
    same = bool((target[ty : ty + h, tx : tx + w][mask] == region[mask]).all())
    if not same or mask.sum() < 1500:
        problems.append(f"pasted seal not pixel-identical ({int(mask.sum())} red pixels)")
        return set()
    return {"IMAGE_TAMPERED"}


def _fonts(record: dict[str, Any]) -> set[str]:
    """A line whose runs are in more than one face, one of them holding figures."""
    for entries in record["files"].values():
        for entry in entries:
            runs = sorted(
                (r for r in entry["runs"] if not r["hand"] and not r["hidden"]),
                key=lambda r: (r["bbox"][1] + r["bbox"][3]) / 2,
            )
            line: list[dict[str, Any]] = []
            for run in [*runs, None]:
                middle = None if run is None else (run["bbox"][1] + run["bbox"][3]) / 2
                if line and (middle is None or middle - (line[0]["bbox"][1] + line[0]["bbox"][3]) / 2 > 3):
                    if len({r["font"] for r in line}) > 1 and any(
                        ch.isdigit() for r in line for ch in r["text"]
                    ):
                        return {"FONT_INCONSISTENT"}
                    line = []
                if run is not None:
                    line.append(run)
    return set()


def _picture(submission: Path, file: str, number: int, scanned: bool) -> np.ndarray:
    from .selfcheck import page_image

    with pymupdf.open(submission / file) as doc:
        if scanned:
            return page_image(doc, number)
        pix = doc[number - 1].get_pixmap(dpi=200)
        return (
            np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3].copy()
        )


def _qr(truth: Truth, record: dict[str, Any], submission: Path, problems: list[str]) -> set[str]:
    found: set[str] = set()
    for document in truth.documents:
        if document.type.value not in ("invoice", "business_license"):
            continue
        picture = _picture(submission, document.file, document.pages[0], document.scanned)
        codes = zxingcpp.read_barcodes(picture)
        if not codes:
            problems.append(f"{document.id}: QR does not decode")
            continue
        payload = codes[0].text
        text = "".join(
            run["text"]
            for e in record["files"][document.file]
            if e["page"] == document.pages[0]
            for run in e["runs"]
        )
        if document.type.value == "business_license":
            if str(document.fields["credit_code"]) not in payload:
                found.add("QR_MISMATCH")
            continue
        if payload != document.fields.get("qr"):
            problems.append(f"{document.id}: QR reads {payload!r}, truth says {document.fields.get('qr')!r}")
        parts = payload.split(",")
        if parts[3] != document.fields["invoice_number"] or parts[4] not in text:
            found.add("QR_MISMATCH")
    return found


def _gray(picture: np.ndarray) -> np.ndarray:
    small = cv2.resize(
        cv2.cvtColor(picture, cv2.COLOR_RGB2GRAY), (150, 212), interpolation=cv2.INTER_AREA
    ).astype(np.float32)
    return (small - small.mean()) / (small.std() + 1e-6)


def _repeats(record: dict[str, Any], truth: Truth, submission: Path, problems: list[str]) -> set[str]:
    """Pages whose printed runs differ in two runs or fewer, with the very same seal impressions; seals stamped twice."""
    found: set[str] = set()
    pages = [
        (file, entry)
        for file, entries in record["files"].items()
        for entry in entries
        if len(entry["runs"]) >= 10
    ]
    for i, (file_a, a) in enumerate(pages):
        for file_b, b in pages[i + 1 :]:
            ra, rb = Counter(r["text"] for r in a["runs"]), Counter(r["text"] for r in b["runs"])
            differing = sum(((ra - rb) + (rb - ra)).values())
            seals_a = sorted(m["fingerprint"] for m in a["marks"] if m["kind"] == "seal")
            seals_b = sorted(m["fingerprint"] for m in b["marks"] if m["kind"] == "seal")
            if differing <= 0.2 * (len(a["runs"]) + len(b["runs"])) and seals_a == seals_b:
                found.add("DUPLICATE_DOCUMENT")
                scanned = {(p.file, p.page): p.scanned for p in truth.pages}
                pa = _gray(_picture(submission, file_a, a["page"], scanned[(file_a, a["page"])]))
                pb = _gray(_picture(submission, file_b, b["page"], scanned[(file_b, b["page"])]))
                if float((pa * pb).mean()) < 0.6:
                    problems.append(f"repeated page {file_b} p{b['page']} looks unlike {file_a} p{a['page']}")
    prints = Counter(
        m["fingerprint"]
        for entries in record["files"].values()
        for e in entries
        for m in e["marks"]
        if m["kind"] == "seal"
    )
    if any(n > 1 for n in prints.values()) and "DUPLICATE_DOCUMENT" not in found:
        found.add("IMAGE_TAMPERED")
    own = record["notes"].get("own_seal")
    if own:
        impressions = [
            m
            for entries in record["files"].values()
            for e in entries
            for m in e["marks"]
            if m["kind"] == "seal" and m["text"] == own
        ]
        if len(impressions) < 4:
            problems.append(f"only {len(impressions)} impressions of the firm's seal")
    return found


def _corrections(truth: Truth, record: dict[str, Any], problems: list[str]) -> None:
    """Pen corrections stay off the runs that hold key fields."""
    for document in truth.documents:
        values = [
            str(v) for k, v in document.fields.items() if isinstance(v, str) and k not in ("conclusion",)
        ]
        values += [
            s
            for k, v in document.fields.items()
            if k in ("signed_on", "accepted_on", "issued_on")
            for s in date_spellings(dt.date.fromisoformat(str(v)))
        ]
        for entry in record["files"][document.file]:
            if entry["page"] not in document.pages:
                continue
            keys = [
                pymupdf.Rect(r["bbox"]) for r in entry["runs"] if any(v and v in r["text"] for v in values)
            ]
            for mark in entry["marks"]:
                if mark["kind"] in ("strike", "correction") and any(
                    pymupdf.Rect(mark["box"]).intersects(k) for k in keys
                ):
                    problems.append(f"{document.id}: a pen correction touches a key field")
