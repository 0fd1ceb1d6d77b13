"""The OCR engine interface, the registry, the cache, and the optional engines' errors."""

from __future__ import annotations

import numpy as np
import pytest
from ocr_fakes import FakeEngine

from jianzheng.extract.ocr import ENGINES, CachedOcrEngine, NullOcrEngine, get_engine
from jianzheng.extract.readers.source import SourcePage
from jianzheng.extract.reading_rules import rules
from jianzheng.extract.scan import build_page
from jianzheng.models import TextSource
from jianzheng.models.errors import EngineError
from jianzheng.models.settings import Settings


def _scan(pixels: np.ndarray, dpi: float = 200.0) -> SourcePage:
    return SourcePage(
        number=1,
        width=pixels.shape[1] * 72 / dpi,
        height=pixels.shape[0] * 72 / dpi,
        scan=True,
        effective_dpi=dpi,
        render=lambda _dpi: (pixels, dpi),
    )


def test_registry_names_every_engine():
    assert set(ENGINES) >= {"rapidocr", "null", "paddleocr"}
    assert isinstance(get_engine(Settings(ocr_engine="null", use_cache=False)), NullOcrEngine)


def test_unknown_engine_is_an_engine_error():
    with pytest.raises(EngineError, match="未知"):
        get_engine(Settings(ocr_engine="tesseract", use_cache=False))


def test_paddleocr_absent_is_an_engine_error():
    pytest.importorskip("jianzheng.extract.ocr.paddle")
    try:
        import paddleocr  # noqa: F401
    except ImportError:
        with pytest.raises(EngineError, match="paddleocr"):
            get_engine(Settings(ocr_engine="paddleocr", use_cache=False))
    else:
        pytest.skip("paddleocr is installed here")


def test_words_are_in_points_with_confidence_and_source():
    pixels = np.full((400, 800, 3), 255, np.uint8)
    page = build_page(_scan(pixels, dpi=200), file="a.png", engine=FakeEngine("合同金额"), rules=rules())
    (word,) = page.words
    assert word.source == TextSource.ocr and word.confidence == pytest.approx(0.9)
    assert word.bbox == pytest.approx((80 * 72 / 200, 40 * 72 / 200, 400 * 72 / 200, 60 * 72 / 200))
    assert page.text_source == TextSource.ocr


def test_cache_hit_skips_the_engine(tmp_path):
    engine = FakeEngine()
    cached = CachedOcrEngine(engine, tmp_path)
    image = np.full((100, 200, 3), 255, np.uint8)
    first = cached.recognize(image)
    second = CachedOcrEngine(engine, tmp_path).recognize(image)  # a new run, same folder
    assert first == second
    assert engine.calls == 1
    other = image.copy()
    other[0, 0] = 0
    cached.recognize(other)
    assert engine.calls == 2  # different pixels, different key


def test_damaged_cache_entry_is_recomputed(tmp_path):
    engine = FakeEngine()
    cached = CachedOcrEngine(engine, tmp_path)
    image = np.zeros((10, 10, 3), np.uint8)
    cached.recognize(image)
    for entry in tmp_path.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert cached.recognize(image)[0].text == "合同金额"
    assert engine.calls == 2


def test_use_cache_false_gives_the_bare_engine():
    assert not isinstance(get_engine(Settings(ocr_engine="null", use_cache=False)), CachedOcrEngine)
    assert isinstance(get_engine(Settings(ocr_engine="null", use_cache=True)), CachedOcrEngine)


class _Keeping(FakeEngine):
    """An engine that keeps a page's detection, so it must hear of every change to the page."""

    def __init__(self) -> None:
        super().__init__()
        self.told: list[str] = []

    def image_changed(self, old, new, matrix):
        self.told.append("image")

    def rows_changed(self, old, new, bands):
        self.told.append(f"rows {bands}")


def test_the_cache_passes_every_page_change_on_to_its_engine(tmp_path):
    # A cached run must read a page as an uncached one does: the seal rows detected again included.
    engine = _Keeping()
    cached = CachedOcrEngine(engine, tmp_path)
    image = np.zeros((10, 10, 3), np.uint8)
    cached.image_changed(image, image.copy(), None)
    cached.rows_changed(image, image.copy(), [(2, 5)])
    assert engine.told == ["image", "rows [(2, 5)]"]
