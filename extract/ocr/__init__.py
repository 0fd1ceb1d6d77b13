"""OCR engines behind one small interface, chosen by name from one registry."""

from .base import OcrEngine, OcrLine
from .cache import CachedOcrEngine
from .null import NullOcrEngine
from .registry import ENGINES, get_engine

__all__ = ["ENGINES", "CachedOcrEngine", "NullOcrEngine", "OcrEngine", "OcrLine", "get_engine"]
