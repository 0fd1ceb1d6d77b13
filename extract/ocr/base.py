"""The OCR engine interface: an image in, text lines with pixel boxes and confidences out."""

from __future__ import annotations

from abc import ABC, abstractmethod

import numpy as np
from pydantic import BaseModel, ConfigDict


class OcrLine(BaseModel):
    """One recognised text line: its text, its box in pixels (x0, y0, x1, y1), and the model's confidence."""

    model_config = ConfigDict(frozen=True)

    text: str
    box: tuple[float, float, float, float]
    confidence: float


class OcrEngine(ABC):
    """An OCR engine. ``recognize`` is the one thing every engine does.

    ``key`` names the engine and every setting that changes its output, so that
    cached results of one configuration are never served to another.
    """

    name: str = "engine"

    @property
    def key(self) -> str:
        return self.name

    @abstractmethod
    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """Text lines of an RGB uint8 image (H×W×3), boxes in that image's pixels."""

    def orientation(self, image: np.ndarray) -> int:
        """Degrees (0, 90, 180, 270) to turn the image clockwise so that its text reads upright.

        Engines without a layout or angle model leave the page as it is.
        """
        return 0

    def image_changed(self, old: np.ndarray, new: np.ndarray, matrix: np.ndarray | None) -> None:
        """Told that the page image ``old`` became ``new`` (by the 2×3 affine or 3×3 perspective
        ``matrix``, or pixel-wise with the geometry unchanged when None), so that an engine may keep
        what it already found."""
        return None  # engines that keep nothing between calls have nothing to update

    def rows_changed(self, old: np.ndarray, new: np.ndarray, bands: list[tuple[int, int]]) -> None:
        """Told that ``old`` became ``new`` inside these bands of pixel rows (seals lifted there),
        so that an engine keeping a detection of ``old`` may detect those bands again."""
        return None
