"""Re-create tests/classify/data/real_docs_pages.json: pages that extraction reads from ../shared/real-docs.

Run by hand (``.venv/bin/python tests/classify/make_real_docs_fixture.py``), never by the tests:
it OCRs the scans and photos (a few minutes on CPU). The committed JSON holds only the pages as
extraction hands them to classification (words, boxes, seals, QR payloads, quality), no images,
so the classification tests run without the OCR model. Each page carries the type a person gave
its file (the folder it sits in; the OFD certificates and the government letter are ``other``).
PDFs are left out: the tests read their text layer directly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jianzheng.extract.ocr import get_engine
from jianzheng.extract.read import read_file
from jianzheng.models import Page
from jianzheng.models.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-docs"
OUT = Path(__file__).with_name("data") / "real_docs_pages.json"
FOLDERS = ["business_license", "financial_statement", "invoice", "ofd", "other"]
NOT_INVOICES = {
    "ofdrw_construction_permit_zsbk",
    "ofdrw_gov_doc_reply",
    "ofdrw_mining_license",
    "ofdrw_realestate_cert_keyword",
}


def expected_type(folder: str, path: Path) -> str:
    if folder == "ofd":
        return "other" if path.stem in NOT_INVOICES else "invoice"
    return folder


def compact(page: Page) -> dict:
    """The page as JSON without defaults, boxes to 0.1 pt: the fixture stays small."""
    words = [
        w.model_copy(
            update={
                "bbox": tuple(round(v, 1) for v in w.bbox),
                "confidence": round(w.confidence, 3),
                "size": round(w.size, 1) if w.size else None,
            }
        )
        for w in page.words
    ]
    return page.model_copy(update={"words": words}).model_dump(mode="json", exclude_defaults=True)


def main() -> None:
    engine = get_engine(Settings())
    records = []
    for folder in FOLDERS:
        for path in sorted((REAL / folder).iterdir()):
            if path.suffix.lower() not in {".jpg", ".png", ".ofd"}:
                continue
            print(path.name, file=sys.stderr, flush=True)
            for page in read_file(path, f"{folder}/{path.name}", engine=engine):
                records.append({"expected": expected_type(folder, path), "page": compact(page)})
    OUT.write_text(json.dumps(records, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main()
