"""Seals drawn as vector shapes in a text PDF: a red ring with a star or red text inside.

Many e-signature and office tools stamp a seal into a PDF not as a picture but
as drawing operations: a red stroked circle or ellipse (Bézier curves), a
filled five-pointed star, and the company name as red text turned along the
arc (or as red glyph outlines). find_seals() only sees pictures, so such a
page read as "no seal" (a false SEAL_MISSING). PyMuPDF lists the page's
drawings (``get_drawings``) and text spans with their colour
(``get_texttrace``); a ring counts as a seal only with red content inside it,
which a red circle around a bullet or a red table frame does not have.
"""

from __future__ import annotations

import pymupdf

from jianzheng.models import Seal

from .reading_rules import SealRules

_MM = 72 / 25.4


def _red(colour: object) -> bool:
    """Whether a PyMuPDF colour (RGB floats 0-1, or CMYK) is seal red."""
    if not isinstance(colour, (tuple, list)) or not colour:
        return False
    if len(colour) == 4:  # CMYK: magenta and yellow high, cyan and black low
        c, m, y, k = (float(v) for v in colour)
        return m >= 0.6 and y >= 0.5 and c <= 0.3 and k <= 0.4
    if len(colour) != 3:
        return False
    r, g, b = (float(v) for v in colour)
    return r >= 0.55 and r - max(g, b) >= 0.3


def seal_red_srgb(colour: int) -> bool:
    """Whether a text span's sRGB colour (``get_text("dict")``'s integer) is seal red."""
    return _red(tuple(((colour >> shift) & 0xFF) / 255 for shift in (16, 8, 0)))


def _ring(path: dict[str, object], rules: SealRules) -> pymupdf.Rect | None:
    """The box of a red stroked closed curve of a seal's size and shape, or None."""
    # Stroked (a ring of some width), or filled (an annulus: two circles filled even-odd).
    if not (_red(path.get("color")) or _red(path.get("fill"))):
        return None
    items: list[tuple[object, ...]] = path.get("items") or []  # type: ignore[assignment]
    curves = sum(1 for item in items if item[0] == "c")
    if curves < 4:  # a circle or an ellipse is at least four Bézier quarters
        return None
    rect = pymupdf.Rect(path["rect"])  # type: ignore[arg-type]
    short, long = sorted((rect.width, rect.height))
    if short < rules.min_size_mm * _MM or long > rules.max_size_mm * _MM:
        return None
    return rect if long / max(short, 1e-6) <= rules.max_aspect else None


def _inside(box: pymupdf.Rect | tuple[float, ...], ring: pymupdf.Rect) -> bool:
    rect = pymupdf.Rect(box)
    cx, cy = (rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2
    return ring.x0 <= cx <= ring.x1 and ring.y0 <= cy <= ring.y1


def find_vector_seals(page: pymupdf.Page, rules: SealRules) -> list[Seal]:
    """Seals drawn as vector shapes on a PDF page (bboxes in points), with the red text inside them."""
    try:
        drawings = page.get_drawings()
    except (RuntimeError, ValueError):
        return []  # a broken content stream: no seal can be told from it
    rings = [r for r in (_ring(d, rules) for d in drawings) if r is not None]
    if not rings:
        return []
    # Red fills (a star, glyphs drawn as outlines) and red text spans are the seal's content.
    fills = [pymupdf.Rect(d["rect"]) for d in drawings if _red(d.get("fill"))]
    try:
        spans = [s for s in page.get_texttrace() if _red(s.get("color"))]
    except (RuntimeError, ValueError):
        spans = []
    seals: list[Seal] = []
    for ring in sorted(rings, key=lambda r: -r.width * r.height):
        if any(_inside(ring, pymupdf.Rect(s.bbox)) for s in seals):
            continue  # an inner ring of a seal already found
        inner = [f for f in fills if _inside(f, ring) and f.width < 0.8 * ring.width]
        text = "".join(
            chr(c[0]) for s in spans if _inside(s["bbox"], ring) for c in s.get("chars", ())
        ).strip()
        if not inner and len(text) < 2:
            continue  # a red circle with nothing red inside: a bullet, a mark, a drawing
        box = (float(ring.x0), float(ring.y0), float(ring.x1), float(ring.y1))
        seals.append(Seal(bbox=box, text=text or None, confidence=0.9))
    return seals
