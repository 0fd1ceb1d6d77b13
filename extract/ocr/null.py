"""The engine that reads nothing: for "no OCR" runs and tests, through the same path as a real one."""

from __future__ import annotations

import numpy as np

from .base import OcrEngine, OcrLine


class NullOcrEngine(OcrEngine):
    """Returns no lines for any image."""

    name = "null"

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """No text."""
        return []
