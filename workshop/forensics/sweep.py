"""Measure IMAGE_TAMPERED per scan condition: amounts pasted into sample pages, and the same pages unpasted.

    jianzheng-dev sweep [--corpus DIR] [--pages N] [--seed S] [--blur B ...] [--grey]

The planted benchmark (measure.py) holds one paste per sample set, under
whatever scan its set drew. This sweeps the scan instead: every text-layer
contract page of a sample corpus (the committed one unless --corpus) that states
an amount is scanned the way the sample generator scans (workshop/samples/scan.py:
its random noise, JPEG quality and tint, no skew), at each optical blur asked for,
once as it is and once with its amount pasted back from a clean render
(workshop/samples/plant.py, the
plant the benchmark uses). Recall counts pastes with a signal on the pasted
box; false alarms count unpasted pages with any signal. Each page is judged
twice: alone (as before its text is read), and with its amount and its other
figures placed from its text layer, as the check places them from the OCR'd
words. A measuring tool, not part of the pipeline: it borrows the sample
generator's scanner.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import numpy as np
import pymupdf
import typer

from jianzheng.models import BBox, Word
from jianzheng.verify.forensics.image_tamper import FigurePlaces, image_file_signals
from jianzheng.verify.forensics.signals import Signal, figure_boxes, overlap
from jianzheng_workshop.paths import CORPUS
from jianzheng_workshop.samples import plant, scan

_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+\.\d\d|\d+(?:\.\d+)?万元")


def amount_pages(corpus: Path, limit: int = 40) -> list[tuple[Path, int, str]]:
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


def sweep(corpus: Path, blurs: list[float], pages: int = 40, seed: int = 9, grey: bool = False) -> str:
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


def sweep_command(
    corpus: Annotated[
        Path,
        typer.Option(
            "--corpus",
            help="sample set to take text-layer contract pages from (default: the committed corpus)",
        ),
    ] = CORPUS,
    pages: Annotated[int, typer.Option("--pages", help="amounts to paste")] = 40,
    seed: Annotated[int, typer.Option("--seed", help="scan settings' random seed")] = 9,
    blur: Annotated[
        list[float] | None,
        typer.Option("--blur", help="optical blur sigma in pixels (repeatable; default 0, 0.5, 0.65, 0.8)"),
    ] = None,
    grey: Annotated[bool, typer.Option("--grey", help="grey scans instead of colour")] = False,
) -> None:
    """Paste amounts into sample pages at each scan blur: IMAGE_TAMPERED found and clean pages warned."""
    typer.echo(sweep(corpus, blur or [0.0, 0.5, 0.65, 0.8], pages, seed, grey))
