"""A suspicious region of a page image, as the IMAGE_TAMPERED signs return it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    """A suspicious region in pixels (x0, y0, x1, y1), why, and which sign found it.

    ``detector`` is a short name of the sign (image_tamper.DETECTORS), for measuring what
    each sign contributes; it never reaches the report, whose words are ``reason``.
    """

    box: tuple[int, int, int, int]
    reason: str
    detector: str
