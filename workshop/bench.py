"""`jianzheng-dev bench`: seconds per page (text layer, scans), pages per second, peak memory, and the baseline.

The page set is fixed: a folder of real documents (--real-docs; the project's
is ../shared/real-docs) and a sample corpus (the committed one unless --samples),
in sorted order, so two runs measure the same work. Scanned pages are timed
through the whole page path (render, orientation, deskew, seal lifting, OCR,
quality, QR); the baseline is plain RapidOCR with its default settings on the
same page images, as a user would otherwise run it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Annotated

import numpy as np
import typer

from jianzheng.extract.ocr import OcrEngine
from jianzheng.extract.readers.source import SourcePage
from jianzheng.extract.reading_rules import rules
from jianzheng.extract.scan import build_page
from jianzheng.models.errors import UnreadableFile
from jianzheng.models.settings import Settings
from jianzheng_workshop.paths import CORPUS

Timing = tuple[float, float]
"""(wall seconds, process CPU seconds) of one page."""


def _clock() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(started: Timing) -> Timing:
    return time.perf_counter() - started[0], time.process_time() - started[1]


@dataclass
class PageSet:
    """The fixed pages of one run: text-layer pages and scanned pages (as images at a known DPI)."""

    text: list[tuple[str, Callable[[], SourcePage]]] = field(default_factory=list)
    """Text-layer pages as functions that read the page afresh (text extraction is part of the timing)."""
    scans: list[tuple[str, SourcePage]] = field(default_factory=list)


_OPEN: list[object] = []  # the bench's PDFs stay open while their pages are timed


def _pdf_pages(path: Path, limit: int) -> list[tuple[SourcePage, Callable[[], SourcePage]]]:
    """The first pages of a PDF, each with a function that reads it again."""
    from jianzheng.extract.readers.pdf import open_pdf, source_page

    try:
        doc = open_pdf(path.read_bytes(), rules())
        _OPEN.append(doc)
        return [
            (source_page(doc, i, rules()), partial(source_page, doc, i, rules()))
            for i in range(min(limit, doc.page_count))
        ]
    except UnreadableFile:
        return []  # the samples hold broken files on purpose; they are not part of the timing


def _as_scan(page: SourcePage, dpi: int) -> SourcePage:
    """A text-layer page turned into a 200-DPI scan of itself (an exact stand-in for a flatbed scan)."""
    if page.render is None:
        raise ValueError("page cannot be rendered")
    image, actual = page.render(dpi)

    def render(_asked: float) -> tuple[np.ndarray, float]:
        return image, actual

    return SourcePage(
        number=page.number,
        width=page.width,
        height=page.height,
        scan=True,
        has_images=True,
        effective_dpi=actual,
        render=render,
    )


def fixed_pages(samples: Path, real_docs: Path, max_text: int = 30, max_scans: int = 8) -> PageSet:
    """The benchmark's page set, the same on every run (for the same sample and real-document folders)."""
    from jianzheng.extract.read import source_pages

    chosen = PageSet()
    pdfs = sorted(samples.glob("*/submission/**/*.pdf")) + sorted(real_docs.glob("invoice/*.pdf"))
    for pdf in pdfs:
        for page, reread in _pdf_pages(pdf, 10):
            if page.text_usable and not page.scan and len(chosen.text) < max_text:
                chosen.text.append((f"{pdf.name}#{page.number}", reread))
            elif page.scan and len(chosen.scans) < max_scans // 2:
                chosen.scans.append((f"{pdf.name}#{page.number}", page))
    # Dense A4 pages rendered at 200 DPI from text-layer PDFs: exact stand-ins for clean scans.
    for pdf in sorted(real_docs.glob("invoice/*.pdf")):
        page = _pdf_pages(pdf, 1)[0][0]
        if len(chosen.scans) < max_scans - 3:
            chosen.scans.append((f"{pdf.name}#1@200dpi", _as_scan(page, rules().render.dpi)))
    for image in sorted(real_docs.glob("business_license/bl_00*.jpg"))[:3]:
        if len(chosen.scans) < max_scans:
            chosen.scans.append((image.name, next(iter(source_pages(image.read_bytes(), rules())))))
    return chosen


def _time_text(pages: list[tuple[str, Callable[[], SourcePage]]], engine: OcrEngine) -> list[Timing]:
    seconds: list[Timing] = []
    for name, read in pages:
        started = _clock()
        build_page(read(), file=name, engine=engine, rules=rules())
        seconds.append(_since(started))
    return seconds


def _time_pages(pages: list[tuple[str, SourcePage]], engine: OcrEngine) -> list[Timing]:
    seconds: list[Timing] = []
    for name, source in pages:
        started = _clock()
        build_page(source, file=name, engine=engine, rules=rules())
        seconds.append(_since(started))
    return seconds


def _time_baseline(pages: list[tuple[str, SourcePage]]) -> list[Timing]:
    """Plain RapidOCR, default settings, on the same page images (render not counted)."""
    from rapidocr import RapidOCR

    from jianzheng.extract.ocr.rapid import baseline_params

    engine = RapidOCR(params=baseline_params())
    seconds: list[Timing] = []
    for _name, source in pages:
        if source.render is None:
            continue
        image, _dpi = source.render(rules().render.dpi)
        started = _clock()
        engine(np.ascontiguousarray(image[:, :, ::-1]))
        seconds.append(_since(started))
    return seconds


def _submission_rate(settings: Settings, real_docs: Path) -> tuple[int, float]:
    """Pages per second through read_pages for a submission folder of the bench's files."""
    from jianzheng.extract import find_submission, read_pages

    files = sorted(
        {*real_docs.glob("invoice/*.pdf"), *sorted(real_docs.glob("business_license/bl_00*.jpg"))[:2]}
    )
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            shutil.copy(path, Path(tmp) / path.name)
        started = time.perf_counter()
        read, _ = read_pages(find_submission(tmp), settings=settings)
        return len(read), time.perf_counter() - started


def _summary(timings: list[Timing]) -> dict[str, float]:
    """Wall-clock figures, and the process's CPU time (all threads), which a busy machine disturbs less."""
    if not timings:
        return {"pages": 0}
    wall = [t[0] for t in timings]
    return {
        "pages": len(wall),
        "mean_ms": round(1000 * statistics.fmean(wall), 1),
        "median_ms": round(1000 * statistics.median(wall), 1),
        "max_ms": round(1000 * max(wall), 1),
        "cpu_mean_ms": round(1000 * statistics.fmean(t[1] for t in timings), 1),
    }


def _ratio(base: list[Timing], ours: list[Timing], which: int) -> float:
    return round(statistics.fmean(t[which] for t in base) / statistics.fmean(t[which] for t in ours), 2)


def run_bench(
    settings: Settings, *, samples: Path, real_docs: Path, baseline: bool = True, repeat: int = 1
) -> dict[str, object]:
    """Measure the fixed page set with the configured engine (cache off) and, optionally, the baseline."""
    from jianzheng.extract.ocr import get_engine

    settings = settings.model_copy(update={"use_cache": False})
    engine = get_engine(settings)
    pages = fixed_pages(samples, real_docs)
    if pages.scans:  # load the models and warm ONNX Runtime outside the timings
        _time_pages(pages.scans[:1], engine)
    _time_text(pages.text[:3], engine)  # first-use costs (fonts, zxing) are not a page's
    text = [s for _ in range(repeat) for s in _time_text(pages.text, engine)]
    scans = [s for _ in range(repeat) for s in _time_pages(pages.scans, engine)]
    result: dict[str, object] = {
        "engine": engine.key,
        "cpus": os.cpu_count(),
        "load_average_before": round(os.getloadavg()[0], 2),
        "text_layer": _summary(text),
        "scanned": _summary(scans),
        "scanned_pages": [name for name, _ in pages.scans],
    }
    count, seconds = _submission_rate(settings, real_docs)
    result["submission"] = {
        "pages": count,
        "seconds": round(seconds, 2),
        "pages_per_s": round(count / seconds, 2),
    }
    if baseline and pages.scans and settings.ocr_engine == "rapidocr":
        _time_baseline(pages.scans[:1])
        base = _time_baseline(pages.scans)
        result["baseline_rapidocr_defaults_ocr_only"] = _summary(base)
        result["speedup_vs_baseline"] = _ratio(base, scans, 0)
        result["speedup_vs_baseline_cpu_time"] = _ratio(base, scans, 1)
    result["load_average_after"] = round(os.getloadavg()[0], 2)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def bench_command(
    real_docs: Annotated[
        Path,
        typer.Option(
            "--real-docs",
            help="real documents (invoice/*.pdf, business_license/bl_00*.jpg), e.g. ../shared/real-docs",
            show_default=False,
        ),
    ],
    engine: Annotated[str, typer.Option("--engine", help="OCR engine name")] = "rapidocr",
    device: Annotated[str, typer.Option("--device", help="cpu or cuda")] = "cpu",
    threads: Annotated[int | None, typer.Option("--threads", help="ONNX Runtime threads")] = None,
    int8: Annotated[
        bool, typer.Option("--int8/--float", help="int8 models where built and the CPU has VNNI, or float")
    ] = True,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="also time plain RapidOCR")
    ] = True,
    out: Annotated[Path | None, typer.Option("--out", help="write the numbers as JSON here")] = None,
    samples: Annotated[
        Path, typer.Option("--samples", help="sample corpus folder (default: the committed corpus)")
    ] = CORPUS,
) -> None:
    """Time the page reader on a fixed page set: text-layer pages, scans, a whole submission."""
    settings = Settings(ocr_engine=engine, ocr_device=device, ocr_threads=threads, ocr_int8=int8)
    if not real_docs.is_dir():
        typer.echo(f"jianzheng-dev: no folder {real_docs}", err=True)
        raise typer.Exit(2)
    result = run_bench(settings, samples=samples, real_docs=real_docs, baseline=baseline)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if out:
        out.write_text(text, encoding="utf-8")
    typer.echo(text)
