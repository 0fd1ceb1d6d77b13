"""Which spans of a PDF page's text layer a viewer cannot see.

Text is hidden when it is drawn invisible (render mode 3, or fully transparent),
when an opaque picture is painted over it afterwards (a scan laid over a text
layer, or a picture pasted over a figure), or when it is white on a white
ground. A page without pictures and without white or invisible text costs
nothing here: the answer is read from the spans already extracted. Otherwise
MuPDF's paint log (``get_bboxlog``: each drawing operation's kind and box, in
painting order) says what was painted over what.

Not covered: text cut away by a clipping path (PyMuPDF reports no clip per
span), and text under a vector shape (overlay.py reports white boxes over text).
"""

from __future__ import annotations

from typing import Any

import pymupdf

from jianzheng.models import BBox

_COVER = 0.9  # share of a span's box a picture must cover to hide it
_NEAR_WHITE = 0xF0  # every channel at least this is white on paper


def _area(box: BBox) -> float:
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


def _overlap(a: BBox, b: BBox) -> float:
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def _contains(box: BBox, x: float, y: float, slack: float = 1.0) -> bool:
    return box[0] - slack <= x <= box[2] + slack and box[1] - slack <= y <= box[3] + slack


def near_white(color: int) -> bool:
    """Whether a span's sRGB colour (0xRRGGBB) is white to the eye."""
    return all(((color >> shift) & 0xFF) >= _NEAR_WHITE for shift in (16, 8, 0))


def hidden_spans(
    pdf_page: pymupdf.Page, spans: list[dict[str, Any]], images: list[dict[str, Any]]
) -> list[bool]:
    """For each span of ``get_text("dict")``, whether a viewer cannot see it.

    ``images`` is the page's ``get_image_info()``: a picture with a soft mask
    (a transparent PNG seal) shows what lies under it, so it hides nothing.
    """
    hidden = [span.get("alpha", 255) == 0 for span in spans]
    white = [not h and near_white(int(span.get("color", 0))) for h, span in zip(hidden, spans, strict=True)]
    # Only a span that an opaque picture covers can be under one: most pages' pictures (QR codes,
    # masked seals, logos in the margin) cover none, and their paint log is never asked for.
    pictures = [tuple(info["bbox"]) for info in images if not info.get("has-mask", False)]
    covered = [
        not h
        and any(
            _overlap(p, tuple(span["bbox"])) >= _COVER * max(_area(tuple(span["bbox"])), 1e-6)
            for p in pictures
        )
        for h, span in zip(hidden, spans, strict=True)
    ]
    if not any(covered) and not any(white):
        return hidden
    log = [(kind, tuple(rect)) for kind, rect in pdf_page.get_bboxlog()]
    texts = [(i, rect) for i, (kind, rect) in enumerate(log) if kind.endswith("-text")]
    opaque = [
        (i, rect) for i, (kind, rect) in enumerate(log) if kind == "fill-image" and _opaque(rect, images)
    ]
    grounds = [
        (i, kind, rect)
        for i, (kind, rect) in enumerate(log)
        if kind in ("fill-path", "fill-image", "fill-shade")
    ]
    fills: dict[int, Any] | None = None
    for n, span in enumerate(spans):
        if not (covered[n] or white[n]):
            continue
        box: BBox = tuple(span["bbox"])  # type: ignore[assignment]
        painted = _painted_at(box, texts)
        if painted is None:
            continue
        if covered[n] and any(
            j > painted and _overlap(rect, box) >= _COVER * max(_area(box), 1e-6) for j, rect in opaque
        ):
            hidden[n] = True
        elif white[n]:
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            under = [(i, kind) for i, kind, rect in grounds if i < painted and _contains(rect, cx, cy, 0.0)]
            if not under:
                hidden[n] = True  # white on the paper itself
            elif under[-1][1] == "fill-path":
                if fills is None:
                    fills = {d.get("seqno", -1): d.get("fill") for d in pdf_page.get_drawings()}
                colour = fills.get(under[-1][0])
                hidden[n] = colour is not None and all(c >= _NEAR_WHITE / 255 for c in colour)
    return hidden


def _opaque(rect: BBox, images: list[dict[str, Any]]) -> bool:
    """Whether the picture painted at ``rect`` has no soft mask (unknown pictures count as opaque)."""
    for info in images:
        box = info.get("bbox", (0, 0, 0, 0))
        if all(abs(a - b) <= 1.5 for a, b in zip(box, rect, strict=True)):
            return not info.get("has-mask", False)
    return True


def _painted_at(box: BBox, texts: list[tuple[int, BBox]]) -> int | None:
    """The paint-log index of the text drawing that painted a span: the smallest text box around its centre."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    around = [(i, rect) for i, rect in texts if _contains(rect, cx, cy)]
    if not around:
        return None
    return min(around, key=lambda item: _area(item[1]))[0]
