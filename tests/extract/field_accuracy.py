"""Per-field accuracy of the extractors on the text-layer documents of a sample set.

Reads each sample's truth.json, builds the pages of every text-layer PDF
document from its text layer, runs the extractor of the truth type on the
truth pages (so that reading and classification errors are left out), and
compares the fields as the evaluator does. Run:

    .venv/bin/python tests/extract/field_accuracy.py samples/corpus [--misses] [--reader]

``--reader`` builds the pages with the project's reader (which also finds
seals and QR codes) instead of the plain PyMuPDF text layer; ``--scanned``
adds the scanned documents, read (OCR) by the project's reader.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from field_pages import pdf_pages

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import Truth
from jianzheng_workshop.scoring import _flatten, normalise_value, predicted_field


class _Found:
    """The fields behind the evaluator's ``doc.field(name)`` accessor."""

    def __init__(self, fields: object) -> None:
        self.fields = fields

    def field(self, name: str) -> object:
        return getattr(self.fields, name, None)


def _reader_pages(path: Path, name: str) -> list:
    """The project reader's pages (seals and QR codes found too)."""
    from jianzheng.extract.ocr import get_engine
    from jianzheng.extract.read import read_file
    from jianzheng.models.settings import Settings

    return list(read_file(path, name, engine=get_engine(Settings())))


def field_accuracy(
    samples: Path, *, show_misses: bool = False, with_reader: bool = False, scanned: bool = False
) -> dict[str, list[int]]:
    """{"type.field": [right, total]} over the documents of the set (text-layer PDFs unless ``scanned``)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for truth_file in sorted(samples.glob("*/truth.json")):
        truth = Truth.model_validate_json(truth_file.read_text(encoding="utf-8"))
        submission = truth_file.parent / "submission"
        cache: dict[str, list] = {}
        for doc in truth.documents:
            path = submission / doc.file
            if (doc.scanned and not scanned) or doc.type not in EXTRACTORS:
                continue
            if not doc.scanned and path.suffix.lower() != ".pdf":
                continue
            if doc.file not in cache:
                read = with_reader or doc.scanned
                cache[doc.file] = _reader_pages(path, doc.file) if read else pdf_pages(path)
            pages = [p for p in cache[doc.file] if p.number in doc.pages]
            fields = EXTRACTORS[doc.type](Reading.of(pages))

            for top, raw in doc.fields.items():
                for name, expected in _flatten(top, raw):
                    if expected is None:
                        continue
                    found = predicted_field(_Found(fields), name)  # type: ignore[arg-type]
                    right = found is not None and normalise_value(found) == normalise_value(expected)
                    key = f"{doc.type.value}.{name}" + (" (scanned)" if doc.scanned else "")
                    tally[key][0] += right
                    tally[key][1] += 1
                    if show_misses and not right:
                        print(f"  MISS {truth.name} {doc.file} {key}: expected {expected!r} found {found!r}")
    return tally


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "samples/corpus")
    result = field_accuracy(
        folder,
        show_misses="--misses" in sys.argv,
        with_reader="--reader" in sys.argv,
        scanned="--scanned" in sys.argv,
    )
    right = sum(r for r, _ in result.values())
    total = sum(t for _, t in result.values())
    for key in sorted(result):
        r, t = result[key]
        print(f"{key:45s} {r:4d}/{t:<4d} {100 * r / t:5.1f}%")
    print(f"{'all fields':45s} {right:4d}/{total:<4d} {100 * right / max(total, 1):5.1f}%")
