"""Whether the reader finds a seal where there is one, per scan condition: the evidence behind
believing a seal's absence (SEAL_MISSING) on a scan.

    jianzheng-dev seal-recall [--corpus DIR] [--pages N] [--seed S] [--out FILE]

Text-layer corpus pages get one round seal stamped near the signature place (red as stamped, or
pale: the same seal at 40% of its ink, a stamp pad running dry) or none, are scanned under
colour, grey, grey stored as RGB, bilevel, low resolution, blur, JPEG and phone-photo conditions
(the forensic matrix's conditions.py), and go through the reader's own seal finder
(extract/scan.page_seals: red seals, else round outlines). A cell counts the seals found, the
stamped pages that would be believed unstamped (no seal found, the page still certain of its
seals: a false SEAL_MISSING), and the unstamped pages on which a seal was found. A measuring
tool, not part of the pipeline.
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

import numpy as np
import pymupdf
import typer
from PIL import Image

from jianzheng.extract.orient import to_gray
from jianzheng.extract.readers.image import on_white
from jianzheng.extract.reading_rules import rules as reading_rules
from jianzheng.extract.scan import page_seals
from jianzheng_workshop.paths import CORPUS
from jianzheng_workshop.samples import scan
from jianzheng_workshop.samples.draw import seal_png

from . import conditions as cond_mod
from .conditions import BASE, Condition
from .matrix import PageCase, corpus_pages

CELLS: list[Condition] = [
    BASE,
    replace(BASE, name="grey (one-channel JPEG)", mode="grey"),
    replace(BASE, name="grey saved as RGB JPEG, chroma noise", mode="grey_rgb"),
    replace(BASE, name="bilevel (1-bit)", mode="bilevel"),
    replace(BASE, name="150 dpi", dpi=150),
    replace(BASE, name="grey 150 dpi, q60", mode="grey", dpi=150, quality=60),
    replace(BASE, name="300 dpi grey", mode="grey", dpi=300),
    replace(BASE, name="blur 1.2", blur=1.2),
    replace(BASE, name="grey, blur 1.2, noise 5", mode="grey", blur=1.2, noise=5.0),
    replace(BASE, name="JPEG q50", quality=50),
    replace(BASE, name="phone photo (perspective, shadow, glare)", photo=True, blur=1.0),
]
"""Colour scans find seals by their red; the others by their outline, which is what is measured."""

INKS = {"red": 1.0, "pale": 0.4}
"""A seal's ink: as stamped, or at 40% (a stamp pad running dry, a light hand)."""

_SEAL_PT = 120.0  # a 42 mm company seal


@dataclass
class SealCell:
    """Counts of one condition."""

    stamped: dict[str, int]
    found: dict[str, int]
    unstamped: int = 0
    false_seals: int = 0
    believed_unstamped: int = 0
    """Stamped pages on which no seal was found and the page was still certain of its seals:
    where SEAL_MISSING would wrongly be believed."""
    seconds: float = 0.0


def _seal(ink: float, variant: int) -> bytes:
    """The sample generator's seal PNG with its ink thinned to ``ink`` of its strength."""
    image = Image.open(io.BytesIO(seal_png("新疆天山信息科技有限公司", "合同专用章", variant))).convert(
        "RGBA"
    )
    rgba = np.asarray(image).astype(np.float32)
    rgba[..., 3] *= ink
    out = io.BytesIO()
    Image.fromarray(rgba.astype(np.uint8), "RGBA").save(out, format="PNG")
    return out.getvalue()


def _scan(
    case: PageCase, cond: Condition, ink: float | None, rng: np.random.Generator
) -> tuple[bytes, pymupdf.Rect]:
    """The page scanned under the condition, stamped where a signature block sits (or not); and where."""
    with pymupdf.open(case.path) as doc:
        page = doc[case.index]
        cx = page.rect.width * float(rng.uniform(0.3, 0.7))
        cy = page.rect.height * float(rng.uniform(0.55, 0.8))
        where = pymupdf.Rect(cx - _SEAL_PT / 2, cy - _SEAL_PT / 2, cx + _SEAL_PT / 2, cy + _SEAL_PT / 2)
        if ink is not None:
            page.insert_image(where, stream=_seal(ink, int(rng.integers(0, 3))), overlay=True)
        image = scan.render(page, cond.dpi)
    scanned, _ = cond_mod.degrade(image, cond, rng)
    return cond_mod.save(scanned, cond, rng), where


def _seals_read(data: bytes, cond: Condition) -> tuple[list[pymupdf.Rect], bool]:
    """What the reader's seal finder sees on the saved scan (boxes in points), and whether the page
    would be certain of its seals (not 1-bit, no unconfirmed outline: PageQuality.seals_certain)."""
    with Image.open(io.BytesIO(data)) as image:
        one_bit = image.mode == "1"
        rgb = np.asarray(on_white(image))
    seals, _, unconfirmed = page_seals(rgb, to_gray(rgb), float(cond.dpi), reading_rules().seal)
    return [pymupdf.Rect(s.bbox) for s in seals], not (one_bit or unconfirmed)


def run_cell(cond: Condition, cases: list[PageCase], seed: int) -> SealCell:
    """Every case scanned once per ink and once unstamped under one condition."""
    cell = SealCell(stamped=dict.fromkeys(INKS, 0), found=dict.fromkeys(INKS, 0))
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    for case in cases:
        for name, ink in INKS.items():
            data, where = _scan(case, cond, ink, rng)
            cell.stamped[name] += 1
            boxes, certain = _seals_read(data, cond)
            # A photo's seal moved with the perspective: any seal found counts there.
            cell.found[name] += any(cond.photo or (box & where).get_area() > 0 for box in boxes)
            cell.believed_unstamped += not boxes and certain and not cond.photo
        data, _ = _scan(case, cond, None, rng)
        cell.unstamped += 1
        cell.false_seals += bool(_seals_read(data, cond)[0])
    cell.seconds = time.perf_counter() - started
    return cell


def table(results: list[tuple[Condition, SealCell]]) -> str:
    """The cells as a markdown table."""
    head = " | ".join(f"{name} seals found" for name in INKS)
    lines = [
        f"| cell | {head} | stamped pages believed unstamped | unstamped pages with a seal found | s/page |",
        "|" + " --- |" * (4 + len(INKS)),
    ]
    for cond, r in results:
        found = " | ".join(f"{r.found[n]}/{r.stamped[n]}" for n in INKS)
        pages = sum(r.stamped.values()) + r.unstamped
        lines.append(
            f"| {cond.name} | {found} | {r.believed_unstamped}/{sum(r.stamped.values())} | "
            f"{r.false_seals}/{r.unstamped} | {r.seconds / max(pages, 1):.2f} |"
        )
    return "\n".join(lines)


def seal_recall_command(
    corpus: Annotated[
        Path,
        typer.Option(
            "--corpus", help="sample set to take text-layer pages from (default: the committed corpus)"
        ),
    ] = CORPUS,
    pages: Annotated[int, typer.Option("--pages", help="corpus pages per cell")] = 12,
    seed: Annotated[int, typer.Option("--seed", help="page choice and scan noise seed")] = 5,
    out: Annotated[Path | None, typer.Option("--out", help="also write the markdown table here")] = None,
) -> None:
    """Stamp corpus pages with a red or a pale seal (or none), scan them under each condition and count
    the seals the reader finds."""
    cases = corpus_pages(corpus, limit=pages, seed=seed)
    random.Random(seed).shuffle(cases)
    results = []
    for index, cond in enumerate(CELLS):
        result = run_cell(cond, cases, seed + index)
        results.append((cond, result))
        typer.echo(
            f"{cond.name}: {result.found} of {result.stamped}, believed unstamped "
            f"{result.believed_unstamped}, false {result.false_seals}/{result.unstamped}"
        )
    text = table(results)
    typer.echo(f"\n{len(cases)} corpus pages per cell\n\n{text}")
    if out:
        out.write_text(text + "\n", encoding="utf-8")
