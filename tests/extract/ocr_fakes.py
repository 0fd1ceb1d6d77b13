"""A tiny fake OCR engine for tests where the real model is not the point (shared helper, not a test)."""

from __future__ import annotations

import numpy as np

from jianzheng.extract.ocr import OcrEngine, OcrLine


class FakeEngine(OcrEngine):
    """Answers one fixed line per image and counts its calls."""

    name = "fake"

    def __init__(self, text: str = "合同金额") -> None:
        self.text = text
        self.calls = 0

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        self.calls += 1
        h, w = image.shape[:2]
        return [OcrLine(text=self.text, box=(w * 0.1, h * 0.1, w * 0.5, h * 0.15), confidence=0.9)]
