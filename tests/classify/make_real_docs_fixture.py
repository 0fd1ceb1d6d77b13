"""Re-create tests/classify/data/real_docs_ocr.json: OCR'd pages of the image files in ../shared/real-docs.

Run by hand (``.venv/bin/python tests/classify/make_real_docs_fixture.py``), never by the tests:
the committed JSON holds only text and boxes (no images) so that the classification tests
run without the OCR model. Words are RapidOCR text lines; boxes are converted from pixels
to points at an assumed 150 dpi (only relative layout matters for classification).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image
from rapidocr import RapidOCR

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-docs"
OUT = Path(__file__).with_name("data") / "real_docs_ocr.json"
KINDS = {
    "business_license": "business_license",
    "financial_statement": "financial_statement",
    "other": "other",
    "invoice": "invoice",
}
SCALE = 72 / 150


def ocr_image(engine: RapidOCR, path: Path) -> dict:
    image = Image.open(path).convert("RGB")
    result = engine(np.asarray(image))
    words = []
    for box, text, score in zip(
        result.boxes if result.boxes is not None else [], result.txts or [], result.scores or [], strict=False
    ):
        xs = [float(p[0]) * SCALE for p in box]
        ys = [float(p[1]) * SCALE for p in box]
        words.append(
            {
                "text": text,
                "bbox": [min(xs), min(ys), max(xs), max(ys)],
                "confidence": float(score),
                "source": "ocr",
            }
        )
    return {
        "file": path.name,
        "number": 1,
        "width": image.width * SCALE,
        "height": image.height * SCALE,
        "words": words,
        "text_source": "ocr",
    }


def main() -> None:
    engine = RapidOCR(params={"Global.log_level": "error"})
    records = json.loads(OUT.read_text()) if OUT.exists() else []
    done = {r["page"]["file"] for r in records}
    for folder, kind in KINDS.items():
        for path in sorted((REAL / folder).iterdir()):
            if path.suffix.lower() not in {".jpg", ".png"} or path.name in done:
                continue
            print(path.name, file=sys.stderr, flush=True)
            records.append({"expected": kind, "page": ocr_image(engine, path)})
            OUT.write_text(json.dumps(records, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
