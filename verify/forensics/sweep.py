"""Measure IMAGE_TAMPERED per scan condition: amounts pasted into sample pages, and the same pages unpasted.

    python -m jianzheng.verify.forensics.sweep [--pages N] [--seed S] [--blur B ...] [--grey]

The planted benchmark (measure.py) holds one paste per sample set, under
whatever scan its set drew. This sweeps the scan instead: every text-layer
contract page of the committed sample corpus that states an amount is scanned
the way the sample generator scans (samples/scan.py: its random noise, JPEG
quality and tint, no skew), at each optical blur asked for, once as it is and
once with its amount pasted back from a clean render (samples/plant.py, the
plant the benchmark uses). Recall counts pastes with a signal on the pasted
box; false alarms count unpasted pages with any signal. Each page is judged
twice: alone (as before its text is read), and with its amount and its other
figures placed from its text layer, as the check places them from the OCR'd
words. A measuring tool, not part of the pipeline: it borrows the sample
generator's scanner.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pymupdf

from jianzheng.models import BBox, Word
from jianzheng.samples import plant, scan

from .image_tamper import FigurePlaces, image_file_signals
from .signals import Signal, figure_boxes, overlap

_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+\.\d\d|\d+(?:\.\d+)?万元")
_CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"


def amount_pages(corpus: Path = _CORPUS, limit: int = 40) -> list[tuple[Path, int, str]]:
    """(pdf, page index, amount text) of text-layer contract pages that state an amount, up to ``limit``."""
    found: list[tuple[Path, int, str]] = []
    for path in sorted(corpus.glob("*/submission/*.pdf")):
        try:
            doc = pymupdf.open(path)
            pages = [doc[i].get_text() for i in range(doc.page_count)]
        except (RuntimeError, ValueError):
            continue  # the corpus's broken and encrypted uploads
        if not pages or not pages[0].strip():
            continue  # a scan: its amount has no text layer to find
        for index, text in enumerate(pages):
            amounts = _AMOUNT.findall(text)
            if amounts and "合同" in text:
                found += [(path, index, amount) for amount in amounts[:3]]
                break
        if len(found) >= limit:
            break
    return found[:limit]


def _on(box: BBox, signals: list[Signal]) -> bool:
    """Whether any signal's box touches ``box`` (points)."""
    return any(s.bbox is not None and overlap(s.bbox, box) > 0 for s in signals)


def sweep(
    blurs: list[float], pages: int = 40, seed: int = 9, grey: bool = False, corpus: Path = _CORPUS
) -> str:
    """Run the sweep and return a table: per blur, pastes found and clean pages warned."""
    cases = amount_pages(corpus, pages)
    lines = [f"{len(cases)} amounts on sample pages; scans {'grey' if grey else 'colour'}, no skew"]
    for blur in blurs:
        rng = np.random.default_rng(seed)
        found = warned = found_read = warned_read = 0
        for path, index, amount in cases:
            with pymupdf.open(path) as doc:
                page = doc[index]
                hit = page.search_for(amount)[0]
                params = replace(scan.random_params(rng), skew=0.0, rot90=0, gray=grey, blur=blur)
                image = scan.render(page, params.dpi)
                width = page.rect.width
                words = [Word(text=w[4], bbox=tuple(w[:4])) for w in page.get_text("words")]
            places = FigurePlaces(
                fields=figure_boxes([Word(text=amount, bbox=tuple(hit))]), figures=figure_boxes(words)
            )
            k = params.dpi / 72
            box = (int(hit.x0 * k) - 6, int(hit.y0 * k) - 6, int(hit.x1 * k) + 10, int(hit.y1 * k) + 6)
            noise_seed = int(rng.integers(1 << 30))
            pasted = plant.tamper_image(image, image, box, params, np.random.default_rng(noise_seed))
            clean = scan.jpeg(scan.degrade(image, params, np.random.default_rng(noise_seed)), params.quality)
            paste = (box[0] / k, box[1] / k, box[2] / k, box[3] / k)

            found += _on(paste, image_file_signals(pasted, "pasted.jpg", width))
            warned += bool(image_file_signals(clean, "clean.jpg", width))
            found_read += _on(paste, image_file_signals(pasted, "pasted.jpg", width, places))
            warned_read += bool(image_file_signals(clean, "clean.jpg", width, places))
        n = len(cases)
        lines.append(
            f"blur {blur:.2f}: page alone: pastes found {found}/{n}, clean pages warned {warned}/{n}; "
            f"with its figures read: pastes found {found_read}/{n}, clean pages warned {warned_read}/{n}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40, help="amounts to paste (default 40)")
    parser.add_argument("--seed", type=int, default=9, help="scan settings' random seed (default 9)")
    parser.add_argument(
        "--blur", type=float, action="append", help="optical blur sigma in pixels (repeatable)"
    )
    parser.add_argument("--grey", action="store_true", help="grey scans instead of colour")
    args = parser.parse_args()
    print(sweep(args.blur or [0.0, 0.5, 0.65, 0.8], args.pages, args.seed, args.grey))


if __name__ == "__main__":
    main()
