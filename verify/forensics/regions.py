"""A suspicious region of a page image, as the IMAGE_TAMPERED signs return it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    """A suspicious region in pixels (x0, y0, x1, y1) and why."""

    box: tuple[int, int, int, int]
    reason: str
