"""Real public documents (../shared/real-docs) raise no forensic warning: precision on what was never seen.

Every business-license photo and scan, the e-invoices (PDF and their renders),
the balance-sheet scan and the other/ negatives go through the detectors the
checks run on a file (every page a key page, as before fields are placed),
with the JPEG's own blocks. OFD and XML invoices have no picture or PDF layer
to judge; their signatures are tested in test_forensics_pdf_edits.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jianzheng.verify.forensics.files import is_pdf
from jianzheng.verify.forensics.fonts import font_signals
from jianzheng.verify.forensics.image_tamper import image_file_signals, pdf_image_signals
from jianzheng.verify.forensics.overlay import overlay_signals
from jianzheng.verify.forensics.signals import Signal

FOLDERS = ("business_license", "invoice", "financial_statement", "other")
IMAGES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def forensic_warnings(path: Path) -> list[Signal]:
    """The forensic signals of one real file (PDF: boxes, stacked text, fonts, scans; image: the scan)."""
    data = path.read_bytes()
    if not is_pdf(data):
        return image_file_signals(data, path.name)
    if path.parent.name == "invoice":
        # Classified as invoices, these are judged as the checks judge invoices: a data layer
        # printed over a template overlaps it and mixes fonts by design (checks/forensics.py).
        return overlay_signals(data, path.name, stacked=False) + pdf_image_signals(data, path.name)
    return (
        overlay_signals(data, path.name) + font_signals(data, path.name) + pdf_image_signals(data, path.name)
    )


def real_files(root: Path) -> list[Path]:
    """The real documents judged here, by folder."""
    return sorted(
        p
        for folder in FOLDERS
        for p in (root / folder).glob("*")
        if p.suffix.lower() in IMAGES or p.suffix.lower() == ".pdf"
    )


@pytest.mark.slow
def test_no_real_document_gets_a_forensic_warning(real_docs: Path):
    files = real_files(real_docs)
    assert len(files) >= 40
    warned = {p.name: [s.message for s in forensic_warnings(p)] for p in files}
    assert {name: said for name, said in warned.items() if said} == {}


@pytest.mark.parametrize(
    "name",
    [
        "business_license/blt_0074.jpg",  # a flattened, sharpened colour scan: flat paper in many places
        "business_license/blt_0162.jpg",  # a high-res scan whose table rules are crisper than its text
        "invoice/henan_vat_e_invoice.pdf",  # an e-invoice with its seal, printed over its template
    ],
)
def test_real_scans_once_warned_get_no_forensic_warning(real_docs: Path, name: str):
    assert forensic_warnings(real_docs / name) == [], name
