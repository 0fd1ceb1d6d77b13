"""The forensic scan-condition matrix: false warnings on clean pages and recall of plants, per condition.

    jianzheng-dev matrix [--corpus DIR] [--pages N] [--seed S] [--cell TEXT ...] [--out FILE]

Pages are rendered from a sample corpus's text-layer PDFs (the committed one
unless --corpus) and scanned
under each condition of conditions.py (colour, grey, grey stored as RGB,
bilevel, tint, 150-600 dpi, JPEG quality and re-saving, blur, noise, phone
photo, red seals and a signature). Each page is scanned five times: clean;
with a figure block pasted from the clean render (the plant the benchmark
uses; in the bilevel cell, pasted into the saved 1-bit file, as an image
editor would, since a paste before the scanner's threshold keeps to its two
levels); with a larger block (a clause) pasted so; with a copy-move clone
(a block of the scanned page copied to another place on it); and with the
figure block painted white and set again (an image editor's white box). Every scan is
wrapped into a PDF page, as a scanner writes it, and goes through the
detectors the checks run on a page (OVERLAY_DETECTED, FONT_INCONSISTENT,
IMAGE_TAMPERED), with its figures placed from the text layer as the check
places them from the OCR'd words (a photo is read flattened, so its figures
are not placed). Each IMAGE_TAMPERED sign is also run alone (every_sign):
a second table counts, per sign, the plants it finds, those no other sign
finds, and the clean pages it warns. With ``--ocr``
the seal cells also read each seal's ring and count a PARTY_MISMATCH the
ring check would raise against the seal's own company. A measuring tool, not
part of the pipeline; it reuses the sweep's and the sample generator's
machinery.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import numpy as np
import pymupdf
import typer

from jianzheng.models import BBox, Code, Word
from jianzheng.verify.forensics.fonts import font_signals
from jianzheng.verify.forensics.image_tamper import DETECTORS, FigurePlaces, pdf_scan_regions
from jianzheng.verify.forensics.overlay import overlay_signals
from jianzheng.verify.forensics.signals import Signal, figure_boxes, overlap
from jianzheng_workshop.paths import CORPUS
from jianzheng_workshop.samples import scan
from jianzheng_workshop.samples.draw import seal_png

from . import conditions as cond_mod
from .conditions import CONDITIONS, Box, Condition

_SEAL_NAMES = ["新疆天山信息科技有限公司", "乌鲁木齐丝路数据服务有限公司", "克拉玛依云网系统集成有限公司"]


@dataclass(frozen=True)
class PageCase:
    """A text-layer corpus page, its words and the figure run the plants use."""

    path: Path
    index: int
    words: list[Word]
    field: BBox
    other: BBox | None
    """Another figure run far from the field (where a clone is pasted), if any."""


PLANTS = ("paste", "block", "clone", "white")
"""The plants: a figure run pasted back from the clean render; a larger block (a clause, about
2 x 1.5 inches from the figure run's corner) pasted so; a figure run copied elsewhere on the scan;
the figure run painted white and set again (the clean render's own white, untinted)."""

_BLOCK_PT = (144.0, 108.0)


@dataclass
class CellResult:
    """Counts of one cell."""

    clean: int = 0
    warned: Counter[str] = field(default_factory=Counter)
    planted: Counter[str] = field(default_factory=Counter)
    """Pages planted, per kind of plant (PLANTS)."""
    found: Counter[str] = field(default_factory=Counter)
    """Plants a reported IMAGE_TAMPERED signal lies on, per kind."""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    found_by: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    """Per kind of plant, for each plant, the signs that found it, each sign looking alone."""
    warned_by: Counter[str] = field(default_factory=Counter)
    """Clean pages on which each sign, looking alone, found something."""


def corpus_pages(corpus: Path, limit: int = 40, seed: int = 9) -> list[PageCase]:
    """Text-layer pages of the corpus's submissions that show a figure run, shuffled by ``seed``."""
    found: list[PageCase] = []
    for path in sorted(corpus.glob("*/submission/*.pdf")):
        try:
            with pymupdf.open(path) as doc:
                for index in range(doc.page_count):
                    page = doc[index]
                    if not page.get_text().strip() or page.get_images():
                        continue  # scans and pages with pictures (their seals are placed by the cells)
                    words = [Word(text=w[4], bbox=tuple(w[:4])) for w in page.get_text("words")]
                    boxes = figure_boxes(words, min_digits=4)
                    if not boxes:
                        continue
                    first = boxes[0]
                    far = [b for b in boxes[1:] if abs(b[1] - first[1]) > 40 and b[2] - b[0] >= 20]
                    found.append(PageCase(path, index, words, first, far[0] if far else None))
        except (RuntimeError, ValueError):
            continue  # the corpus's broken and encrypted uploads
    random.Random(seed).shuffle(found)
    return found[:limit]


def _render(case: PageCase, cond: Condition, rng: np.random.Generator) -> tuple[np.ndarray, float, float]:
    """The page's RGB render at the condition's dpi, with its seals and signature; and its size in points."""
    with pymupdf.open(case.path) as doc:
        page = doc[case.index]
        width, height = page.rect.width, page.rect.height
        for i in range(cond.seals):
            cx = width * (0.3 + 0.35 * (i % 2)) + float(rng.uniform(-20, 20))
            cy = height * (0.72 - 0.28 * (i // 2)) + float(rng.uniform(-20, 20))
            png = seal_png(_SEAL_NAMES[i % len(_SEAL_NAMES)], "合同专用章", i)
            page.insert_image(pymupdf.Rect(cx - 60, cy - 60, cx + 60, cy + 60), stream=png, overlay=True)
        image = scan.render(page, cond.dpi)
    if cond.signature:
        k = cond.dpi / 72
        cond_mod.signature(image, (int(width * 0.55 * k), int(height * 0.86 * k)), k / 2.5, rng)
    return image, width, height


def _px(box: BBox, k: float, pad: int = 4) -> Box:
    return (int(box[0] * k) - pad, int(box[1] * k) - pad, int(box[2] * k) + pad, int(box[3] * k) + pad)


def _pdf(data: bytes, width: float, height: float) -> bytes:
    """A one-page PDF holding the scan over the whole page, as a scanner writes it."""
    with pymupdf.open() as doc:
        page = doc.new_page(width=width, height=height)
        page.insert_image(page.rect, stream=data)
        return doc.tobytes()


@dataclass(frozen=True)
class Scanned:
    """What the checks say of one scanned page, and each sign's own regions in page points."""

    signals: list[Signal]
    signs: list[tuple[str, BBox]]
    """(detector, box) of every IMAGE_TAMPERED sign's regions, each sign looking alone."""

    def found(self, *boxes: BBox) -> bool:
        """Whether a reported IMAGE_TAMPERED signal lies on any of the boxes."""
        return any(_on(box, self.signals) for box in boxes)

    def finders(self, *boxes: BBox) -> frozenset[str]:
        """The signs that, looking alone, found a region on any of the boxes."""
        return frozenset(d for d, where in self.signs for box in boxes if overlap(where, box) > 0)


def _judge(pdf: bytes, places: FigurePlaces | None) -> Scanned:
    """The checks' signals of a one-page scan PDF, and each IMAGE_TAMPERED sign's own regions."""
    scans = pdf_scan_regions(pdf, None, {1: places} if places else None)
    return Scanned(
        overlay_signals(pdf, "scan.pdf")
        + font_signals(pdf, "scan.pdf")
        + [signal for scan in scans for signal in scan.signals("scan.pdf")],
        [(r.detector, scan.points(r)) for scan in scans for r in scan.regions],
    )


def _on(box: BBox, signals: list[Signal]) -> bool:
    return any(
        s.code == Code.IMAGE_TAMPERED and s.bbox is not None and overlap(s.bbox, box) > 0 for s in signals
    )


def _ring_mismatches(data: bytes, cond: Condition, engine: object) -> int:
    """PARTY_MISMATCH the ring check would raise: a confident ring reading that names none of the seals' companies."""
    from jianzheng.verify.forensics.seals import detect_seals, load_rgb, names_party, read_ring

    rgb = load_rgb(data)
    count = 0
    for shape in detect_seals(rgb):
        text, confidence = read_ring(rgb, shape, engine)  # type: ignore[arg-type]
        if confidence >= 0.8 and names_party(text, _SEAL_NAMES[: max(cond.seals, 1)]) is False:
            count += 1
    return count


def run_cell(cond: Condition, cases: list[PageCase], seed: int, engine: object | None = None) -> CellResult:
    """Scan every case clean, pasted (a figure run, a block) and cloned under one condition and count
    what the detectors say, and which IMAGE_TAMPERED signs, each alone, found each plant."""
    result = CellResult()
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    for case in cases:
        image, width, height = _render(case, cond, rng)
        k = image.shape[1] / width
        places = None if cond.photo else FigurePlaces([case.field], figure_boxes(case.words))
        noise_seed = int(rng.integers(1 << 30))
        scanned, matrix = cond_mod.degrade(image, cond, np.random.default_rng(noise_seed))
        save_rng = np.random.default_rng(noise_seed + 1)
        clean = cond_mod.save(scanned, cond, save_rng)
        judged = _judge(_pdf(clean, width, height), places)
        signals = judged.signals
        result.clean += 1
        result.warned_by.update({detector for detector, _ in judged.signs})
        for code in {s.code.value for s in signals}:
            result.warned[code] += 1
            result.notes += [
                f"{case.path.parent.parent.name}/{case.path.name} p{case.index + 1}: {s.text}"
                for s in signals
                if s.code.value == code
            ][:1]
        if engine is not None and cond.seals:
            mismatches = _ring_mismatches(clean, cond, engine)
            if mismatches:
                result.warned[Code.PARTY_MISMATCH.value] += 1
        scale = width / scanned.shape[1]
        render = (
            image
            if matrix is None
            else cond_mod.phone_photo(image, np.random.default_rng(noise_seed), cond.vignette)[0]
        )

        box = cond_mod.warp_box(_px(case.field, k, 6), matrix)
        plants: list[tuple[str, np.ndarray | bytes, tuple[Box, ...]]] = []
        for kind, plant in (("paste", box), ("block", _block_box(case, k, width, height, matrix))):
            if cond.mode == "bilevel":
                plants.append((kind, cond_mod.paste_into_saved(clean, render, plant, cond), (plant,)))
                continue
            pasted = scanned.copy()
            cond_mod.paste_block(pasted, render, plant, cond)
            plants.append((kind, pasted, (plant,)))
        target = _clone_target(case, k, box, scanned.shape, matrix)
        if target is not None:
            cloned = scanned.copy()
            cond_mod.clone_block(cloned, box, target)
            tx, ty = target
            plants.append(("clone", cloned, (box, (tx, ty, tx + box[2] - box[0], ty + box[3] - box[1]))))
        painted = scanned.copy()
        cond_mod.paint_white(painted, render, box)
        plants.append(("white", painted, (box,)))
        for kind, page, boxes in plants:
            data = (
                page
                if isinstance(page, bytes)
                else cond_mod.save(page, cond, np.random.default_rng(noise_seed + 1))
            )
            judged = _judge(_pdf(data, width, height), places)
            where = [(x0 * scale, y0 * scale, x1 * scale, y1 * scale) for x0, y0, x1, y1 in boxes]
            result.planted[kind] += 1
            result.found[kind] += judged.found(*where)
            result.found_by.setdefault(kind, []).append(judged.finders(*where))
    result.seconds = time.perf_counter() - started
    return result


def _block_box(case: PageCase, k: float, width: float, height: float, matrix: np.ndarray | None) -> Box:
    """The block plant: _BLOCK_PT from the figure run's top left corner, kept a margin inside the page."""
    x0 = min(case.field[0] - 6, width - 24 - _BLOCK_PT[0])
    y0 = min(case.field[1] - 6, height - 24 - _BLOCK_PT[1])
    return cond_mod.warp_box(_px((x0, y0, x0 + _BLOCK_PT[0], y0 + _BLOCK_PT[1]), k, 0), matrix)


def _clone_target(
    case: PageCase, k: float, box: Box, shape: tuple[int, ...], matrix: np.ndarray | None
) -> tuple[int, int] | None:
    """Where the clone goes: over another figure run of the page, else a page-width third lower."""
    if case.other is not None:
        x0, y0, _, _ = cond_mod.warp_box(_px(case.other, k, 6), matrix)
    else:
        x0, y0 = box[0], box[1] + shape[0] // 3
        if y0 + box[3] - box[1] >= shape[0] - 16:
            y0 = box[1] - shape[0] // 3
    h, w = box[3] - box[1], box[2] - box[0]
    if y0 < 8 or x0 < 8 or y0 + h >= shape[0] - 8 or x0 + w >= shape[1] - 8:
        return None
    return (x0, y0)


CODES = (Code.IMAGE_TAMPERED, Code.OVERLAY_DETECTED, Code.FONT_INCONSISTENT, Code.PARTY_MISMATCH)


def table(results: list[tuple[Condition, CellResult]], ocr: bool) -> str:
    """The matrix as a markdown table: clean pages warned per code (and per 1,000), recall per plant."""
    short = {Code.IMAGE_TAMPERED: "IMAGE", Code.OVERLAY_DETECTED: "OVERLAY", Code.FONT_INCONSISTENT: "FONT"}
    short[Code.PARTY_MISMATCH] = "SEAL RING" if ocr else "SEAL RING (not read)"
    head = "| cell | clean pages | " + " | ".join(f"{short[c]} warned" for c in CODES)
    lines = [head + " | per 1,000 clean | " + " | ".join(f"{k}s found" for k in PLANTS) + " | s/page |"]
    lines.append("|" + " --- |" * (len(CODES) + 4 + len(PLANTS)))
    for cond, r in results:
        counts = [str(r.warned[c.value]) if (c != Code.PARTY_MISMATCH or ocr) else "-" for c in CODES]
        any_warned = sum(r.warned.values())
        per_k = 1000 * any_warned / max(r.clean, 1)
        lines.append(
            f"| {cond.name} | {r.clean} | "
            + " | ".join(counts)
            + f" | {per_k:.0f} | "
            + " | ".join(f"{r.found[k]}/{r.planted[k]}" for k in PLANTS)
            + f" | {r.seconds / max(r.clean, 1):.1f} |"
        )
    return "\n".join(lines)


def detector_table(results: list[tuple[Condition, CellResult]]) -> str:
    """Each IMAGE_TAMPERED sign looking alone, over every cell: per kind of plant, those it finds and
    those no other sign finds; the clean pages it warns; and the cells of its only finds."""
    head = " | ".join(f"{k}s found | {k}s only by it" for k in PLANTS)
    lines = [f"| detector | {head} | clean pages warned | cells of its only finds |"]
    lines.append("|" + " --- |" * (3 + 2 * len(PLANTS)))
    planted = Counter[str]()
    for _, r in results:
        planted.update(r.planted)
    clean = sum(r.clean for _, r in results)
    for detector in DETECTORS:
        found, only, cells = Counter[str](), Counter[str](), Counter[str]()
        for cond, r in results:
            for kind, plants in r.found_by.items():
                found[kind] += sum(detector in finders for finders in plants)
                alone = sum(finders == {detector} for finders in plants)
                only[kind] += alone
                cells[f"{cond.name}, {kind}"] += alone
        where = ", ".join(f"{name} ({n})" for name, n in cells.items() if n) or "-"
        counts = " | ".join(f"{found[k]}/{planted[k]} | {only[k]}" for k in PLANTS)
        warned = sum(r.warned_by[detector] for _, r in results)
        lines.append(f"| {detector} | {counts} | {warned}/{clean} | {where} |")
    return "\n".join(lines)


def matrix_command(
    corpus: Annotated[
        Path,
        typer.Option(
            "--corpus", help="sample set to take text-layer pages from (default: the committed corpus)"
        ),
    ] = CORPUS,
    pages: Annotated[int, typer.Option("--pages", help="corpus pages per cell (6: a few minutes)")] = 6,
    seed: Annotated[int, typer.Option("--seed", help="page choice and scan noise seed")] = 9,
    cell: Annotated[
        list[str] | None, typer.Option("--cell", help="only cells whose name contains this (repeatable)")
    ] = None,
    ocr: Annotated[bool, typer.Option("--ocr", help="read the seals' rings (PARTY_MISMATCH; slow)")] = False,
    notes: Annotated[
        bool, typer.Option("--notes", help="print what each warned clean page was told")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="also write the markdown table to this file")
    ] = None,
) -> None:
    """Scan clean, pasted and cloned corpus pages under each condition; count warnings and plants found,
    in all and per IMAGE_TAMPERED sign."""
    cases = corpus_pages(corpus, limit=pages, seed=seed)
    engine = None
    if ocr:
        from jianzheng.extract.ocr import get_engine
        from jianzheng.models.settings import Settings

        engine = get_engine(Settings())
    chosen = [c for c in CONDITIONS if not cell or any(t in c.name for t in cell)]
    results = []
    for cond in chosen:
        # Each cell's noise seed follows its place in CONDITIONS, so that --cell reruns a cell alike.
        cell_seed = seed + CONDITIONS.index(cond)
        result = run_cell(cond, cases[: max(1, round(len(cases) * cond.page_share))], cell_seed, engine)
        results.append((cond, result))
        found = " ".join(f"{k}s {result.found[k]}/{result.planted[k]}" for k in PLANTS)
        typer.echo(f"{cond.name}: {dict(result.warned)} {found} {result.seconds:.0f}s")
        if notes:
            typer.echo("\n".join(f"    {n}" for n in result.notes))
    text = table(results, ocr) + "\n\nEach IMAGE_TAMPERED sign looking alone:\n\n" + detector_table(results)
    typer.echo(f"\n{len(cases)} corpus pages per cell\n\n{text}")
    if out:
        out.write_text(text + "\n", encoding="utf-8")
