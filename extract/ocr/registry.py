"""The one place OCR engines are chosen, by name (Settings.ocr_engine)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from jianzheng.models.errors import EngineError
from jianzheng.models.settings import Settings

from .base import OcrEngine
from .cache import CachedOcrEngine


def _rapidocr(settings: Settings) -> OcrEngine:
    from .rapid import RapidOcrEngine

    return RapidOcrEngine(threads=settings.ocr_threads, device=settings.ocr_device, int8=settings.ocr_int8)


def _rapidocr_defaults(settings: Settings) -> OcrEngine:
    """Plain RapidOCR with its own defaults: the baseline the tuned engine is measured against."""
    from .rapid import RapidOcrEngine, baseline_params

    return RapidOcrEngine(params=baseline_params())


def _paddleocr(settings: Settings) -> OcrEngine:
    from .paddle import PaddleOcrEngine

    return PaddleOcrEngine(device=settings.ocr_device)


def _null(settings: Settings) -> OcrEngine:
    from .null import NullOcrEngine

    return NullOcrEngine()


ENGINES: dict[str, Callable[[Settings], OcrEngine]] = {
    "rapidocr": _rapidocr,
    "rapidocr-defaults": _rapidocr_defaults,
    "paddleocr": _paddleocr,
    "null": _null,
}


def get_engine(settings: Settings) -> OcrEngine:
    """The configured engine, wrapped in the on-disk cache unless settings.use_cache is off.

    Engines are built once per configuration (loading the models takes ~1 s).
    """
    return _build(settings.ocr_engine, settings.ocr_device, settings.ocr_threads, settings)


@cache
def _build(name: str, device: str, threads: int | None, settings: Settings) -> OcrEngine:
    factory = ENGINES.get(name)
    if factory is None:
        raise EngineError(f"未知的 OCR 引擎 {name!r}；可选：{', '.join(sorted(ENGINES))}")
    engine = factory(settings)
    if settings.use_cache:
        engine = CachedOcrEngine(engine, settings.data_dir / "ocr-cache")
    return engine
