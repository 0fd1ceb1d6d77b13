"""IMAGE_TAMPERED on the JPEG block grid: a pasted block among the page's 8×8 blocks.

A scanned page is saved as one JPEG: every 8×8 block of the page went through
the same scanner and the same quantisation. A block of text pasted in from a
clean render (another image, compressed on its own first) keeps what its
source had, and after the page's final compression three things still differ
locally even where a quality of 58-72 has erased the page's noise, which the
noise test (image_tamper.py) needs:

* colour on a grey page: a grey scan has no chroma at all; paper with the
  paste's tint inside it does;
* too sharp: the scanner's optics blur every glyph edge alike; a pasted
  render keeps its sharper edges. Edge sharpness (steepest step over the
  block's contrast) does not depend on the font, so a line-sized patch much
  sharper than the text around it is a paste, while a photo's focus changes
  only gradually. A paste of the amount alone is judged in a window about a
  field wide, by how far its mean stands out from the page's blocks.
* too uniform: after the page's compression, blank paper keeps a little of
  the scanner's noise: its 8×8 blocks are either exactly flat (every AC
  coefficient quantised to zero) at one of a few neighbouring levels (the DC
  dithered by the noise) or not flat at all. A pasted clean render is flat at
  one exact level over the whole line. A run of blank blocks along a row, all
  flat at a level that the paper a few rows above and below takes only with
  frequency p, is unlikely by chance (p to the power n): the pasted line's
  blank margin. This reads the JPEG's own decoded YCbCr (no colour
  conversion), where a flat block is exactly constant.

No library does block-level forensics on document scans (ELA tools compare
re-compression errors, which a paste compressed again with the page does not
show), hence numpy, SciPy and OpenCV.
"""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
from PIL import Image
from scipy import ndimage

from .config import thresholds

_B = 8  # the JPEG block
_SHARP_MAX_SIDE = 2400  # pixels: an A4 page at about 200 dpi


def _blocks(a: np.ndarray) -> np.ndarray:
    rows, cols = a.shape[0] // _B, a.shape[1] // _B
    return a[: rows * _B, : cols * _B].reshape(rows, _B, cols, _B).transpose(0, 2, 1, 3)


def _box(r0: int, c0: int, r1: int, c1: int) -> tuple[int, int, int, int]:
    return (c0 * _B, r0 * _B, c1 * _B, r1 * _B)


def _window_sum(a: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Sums over every rows×cols window (top-left anchored), by cumulative sums."""
    c = np.pad(a.astype(np.float64), ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    return c[rows:, cols:] - c[:-rows, cols:] - c[rows:, :-cols] + c[:-rows, :-cols]


def _enclosed_boxes(mask: np.ndarray, max_share: float) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (block units r0, c0, r1, c1) of mask components away from the page margins."""
    labels, _ = ndimage.label(mask)
    out = []
    rows, cols = mask.shape
    for sl in ndimage.find_objects(labels):
        if sl is None:
            continue
        r0, r1, c0, c1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        if r0 <= 1 or c0 <= 1 or r1 >= rows - 1 or c1 >= cols - 1:
            continue  # scan margins (lid shadow, cropped paper) differ by nature
        if (r1 - r0) * (c1 - c0) > max_share * rows * cols:
            continue
        out.append((r0, c0, r1, c1))
    return out


class BlockStats:
    """Per-block statistics of the page's luma on the JPEG grid."""

    def __init__(self, ycc: np.ndarray) -> None:
        y = _blocks(ycc[:, :, 0].astype(np.int16))
        self.mean = y.mean(axis=(2, 3))
        self.low = y.min(axis=(2, 3))
        self.high = y.max(axis=(2, 3))
        paper = float(np.percentile(self.mean, 75))
        self.paper_level = paper
        self.light = self.low >= paper - 12
        self.ink = self.low < paper - 60
        self.shape = self.mean.shape


def colour_on_grey(ycc: np.ndarray, stats: BlockStats) -> list[tuple[int, int, int, int]]:
    """Paper with colour inside an otherwise exactly grey page (a grey scan with a coloured paste)."""
    rules = thresholds().image
    signed = ycc[:, :, 1:].astype(np.int16) - 128
    chroma = _blocks(np.abs(signed).sum(axis=2)).mean(axis=(2, 3))
    paper = stats.light | ~stats.ink
    if float(np.percentile(chroma[paper], 100 * (1 - rules.grey_max_tinted_share))) > 0.5:
        return []  # a colour page (tint, photo); a paste may hold a few per cent of the blocks
    # Each block's colour with its sign (Cb, Cr): a pasted tint pushes every pixel of a block
    # the same way, while the chroma noise of a grey scan stored as RGB (the sensor's colour
    # channels each with their own noise, colour fringes on either side of a stroke) scatters
    # either way and cancels within a block and across blocks.
    cb = _blocks(signed[:, :, 0]).mean(axis=(2, 3))
    cr = _blocks(signed[:, :, 1]).mean(axis=(2, 3))
    spread = 1.4826 * float(np.median(np.abs(cb[paper]))) + 1.4826 * float(np.median(np.abs(cr[paper])))
    tinted = paper & (chroma >= rules.grey_min_chroma)
    tinted = ndimage.binary_closing(tinted, np.ones((3, 3), bool))
    boxes = []
    for r0, c0, r1, c1 in _enclosed_boxes(tinted, rules.max_region_share):
        # A line of text or more: rules and frame lines a block wide are drawing, not a paste.
        if r1 - r0 < 3 or c1 - c0 < 8 or (r1 - r0) * (c1 - c0) < rules.grey_min_blocks:
            continue
        inside = paper[r0:r1, c0:c1]
        if not inside.any():
            continue
        colour = abs(float(cb[r0:r1, c0:c1][inside].mean())) + abs(float(cr[r0:r1, c0:c1][inside].mean()))
        magnitude = float(chroma[r0:r1, c0:c1][inside].mean())
        if (
            colour >= rules.grey_min_tint
            and colour >= rules.grey_min_coherence * magnitude
            and colour >= rules.grey_noise_ratio * spread
        ):
            boxes.append(_box(r0, c0, r1, c1))
    return boxes


def block_sharpness(gray: np.ndarray, stats: BlockStats) -> tuple[np.ndarray, np.ndarray]:
    """Which blocks hold text, and each text block's edge sharpness (steepest step over its contrast)."""
    g = gray.astype(np.float32)
    grad = np.maximum(np.abs(np.diff(g, axis=1, append=g[:, -1:])), np.abs(np.diff(g, axis=0, append=g[-1:])))
    steep = _blocks(grad).max(axis=(2, 3))
    contrast = (stats.high - stats.low).astype(np.float32)
    text = stats.ink & (contrast >= 100)
    return text, np.where(text, steep / np.maximum(contrast, 1), 0.0)


def _box_blocks(shape: tuple[int, ...], boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """The blocks that pixel boxes touch."""
    mask = np.zeros(shape[:2], bool)
    for x0, y0, x1, y1 in boxes:
        mask[max(y0, 0) // _B : (y1 + _B - 1) // _B, max(x0, 0) // _B : (x1 + _B - 1) // _B] = True
    return mask


def _at_200_dpi(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """The page at about 200 dpi, and the factor it was scaled by (1 when it was no finer).

    Edge sharpness is counted in pixels: a finer scan is judged at the scale the
    thresholds were measured at (bold print at 300 dpi has steep edges of its own).
    """
    if max(gray.shape) <= _SHARP_MAX_SIDE:
        return gray, 1.0
    factor = _SHARP_MAX_SIDE / max(gray.shape)
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA), factor


def colour_ink(image: np.ndarray) -> np.ndarray | None:
    """Pixels of strongly coloured ink (red seals, blue or black-blue pen): no print to judge.

    A seal's strokes and a signature's pen lines went through the same scanner, yet a
    stamp's ink spreads and a pen's stroke is drawn, not printed: their edges say nothing
    about a paste of print, so the sharpness tests leave them out. None on a grey image.
    """
    if image.ndim != 3 or image.shape[2] < 3:
        return None
    # Chroma as the channels' range (not HSV saturation, which JPEG noise on near-black print inflates).
    # And ink, darker than the paper: yellowed or tinted paper is coloured too, but light.
    rgb = image[:, :, :3].astype(np.uint8)
    spread = cv2.subtract(rgb.max(axis=2), rgb.min(axis=2))
    luma = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    paper = float(np.percentile(luma[::4, ::4], 90))
    mask: np.ndarray = (spread >= thresholds().image.colour_ink_chroma) & (luma <= paper - 40)
    return mask if mask.any() else None


def _skipped_blocks(skip: np.ndarray | None, shape: tuple[int, ...], size: tuple[int, int]) -> np.ndarray:
    """Blocks (of an image of ``size`` rows x cols) a tenth skipped pixels or more, grown by a block."""
    if skip is None:
        return np.zeros(shape[:2], bool)
    small = np.asarray(cv2.resize(skip.astype(np.float32), (size[1], size[0]), interpolation=cv2.INTER_AREA))
    # A stroke of ink covers a tenth of a block; the colour fringes JPEG leaves on the edges of
    # black print on tinted paper are single pixels (they cost a paste on yellowed paper).
    touched = np.asarray(_blocks(small).mean(axis=(2, 3)) >= 0.1, bool)
    touched = touched[: shape[0], : shape[1]]
    out = np.zeros(shape[:2], bool)
    out[: touched.shape[0], : touched.shape[1]] = touched
    return ndimage.binary_dilation(out, np.ones((3, 3), bool))


def sharper_fields(
    gray: np.ndarray,
    fields: list[tuple[int, int, int, int]],
    figures: list[tuple[int, int, int, int]],
    skip: np.ndarray | None = None,
) -> list[tuple[tuple[int, int, int, int], float]]:
    """Key fields whose figures are sharper than the page's other figures (a pasted amount or date).

    ``fields`` are the pixel boxes of the located key fields that hold figures,
    ``figures`` those of every other run of figures the page's text shows.
    One test per field, against text of its own kind: a scanner softens all
    figures of a page alike, while a paste keeps its render's edges. Being one
    test rather than a search over every window of the page, and against like
    content, a smaller excess is significant: pastes into pages scanned with
    a milder blur (σ 0.65 px), which a page-wide search mostly lets go.
    Returns (field box, z of the field's mean sharpness against the figures').
    """
    small, factor = _at_200_dpi(gray)

    def scaled(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
        return [(int(a * factor), int(b * factor), int(c * factor), int(d * factor)) for a, b, c, d in boxes]

    return [(fields[i], z) for i, z in _sharper_fields(small, scaled(fields), scaled(figures), skip)]


def _sharper_fields(
    gray: np.ndarray,
    fields: list[tuple[int, int, int, int]],
    figures: list[tuple[int, int, int, int]],
    skip: np.ndarray | None,
) -> list[tuple[int, float]]:
    """(index, z) of each field judged and found sharper than the figures."""
    rules = thresholds().image
    text, sharp = block_sharpness(gray, BlockStats(np.stack([gray] * 3, axis=2)))
    text &= ~_skipped_blocks(skip, text.shape, gray.shape[:2])
    if text.sum() < 100 or not fields:
        return []
    # A page that kept render-sharp text all over cannot show a sharper paste.
    if float((sharp[text] >= rules.sharp_min_level).mean()) > rules.figures_max_sharp_share:
        return []
    # Table rules cross a form's cells, and a field's box (a row of the form) takes them in.
    text = text & ~ruled_blocks(gray)
    reference = text & _box_blocks(text.shape, figures)
    out: list[tuple[int, float]] = []
    for i, box in enumerate(fields):
        own = text & _box_blocks(text.shape, [box])
        x0, y0, x1, y1 = box
        others = reference & ~_box_blocks(text.shape, [(x0 - _B, y0 - _B, x1 + _B, y1 + _B)])
        if own.sum() < rules.figures_min_blocks or others.sum() < rules.figures_min_reference:
            continue
        a, b = sharp[own], sharp[others]
        z = float((a.mean() - b.mean()) / (b.std() + 1e-3) * math.sqrt(a.size))
        # Significant and render-sharp: a paste keeps its render's edges, while a field a little
        # crisper than the rest (bolder print, a better-lit corner) stays soft itself.
        if z >= rules.figures_min_z and float(a.mean()) >= rules.figures_min_level:
            out.append((i, z))
    return out


def ruled_blocks(gray: np.ndarray) -> np.ndarray:
    """Blocks a dark line crosses from side to side: table rules, whose long straight edges are
    sharper than any glyph's (a scanner's sharpening leaves a form's rules crisp), not text."""
    dark: np.ndarray = _blocks(gray.astype(np.int16) < float(np.percentile(gray, 90)) - 60)
    return np.any(np.all(dark, axis=3), axis=2) | np.any(np.all(dark, axis=2), axis=2)  # type: ignore[no-any-return]


def sharp_regions(
    gray: np.ndarray, stats: BlockStats, skip: np.ndarray | None = None
) -> list[tuple[tuple[int, int, int, int], float]]:
    """Line-sized patches of text whose edges are much sharper than the text around them.

    ``skip`` marks pixels (coloured ink) whose blocks are no text here.
    Returns (pixel box, sharpness ratio) for each enclosed region.
    """
    rules = thresholds().image
    small, factor = _at_200_dpi(gray)
    if factor < 1.0:
        # A finer scan shrunk to 200 dpi keeps less of its optics' blur (averaging sharpens): a
        # clean 300-dpi page of the matrix reached 1.5 (scripts below), so the bar is higher.
        return [
            (tuple(int(v / factor) for v in box), value)  # type: ignore[misc]
            for box, value in sharp_regions(small, BlockStats(np.stack([small] * 3, axis=2)), skip)
            if value >= rules.sharp_fine_min_ratio
        ]
    text, sharp = block_sharpness(gray, stats)
    # A table rule under a heading made a line of a real license scan "1.4 times sharper".
    text &= ~ruled_blocks(gray) & ~_skipped_blocks(skip, text.shape, gray.shape[:2])
    sharp = np.where(text, sharp, 0.0)
    if text.sum() < 100:
        return []
    # Only a page whose optics softened (nearly) all its text can show a sharper paste; forms
    # printed in two kinds of type (bold labels, thin fill-in) have sharp text all over.
    if float((sharp[text] >= rules.sharp_min_level).mean()) > rules.sharp_max_share:
        return []
    found = _sharp_line_windows(text, sharp) or _sharp_short_windows(text, sharp)
    return found if len(found) <= 2 else []


def _sharp_line_windows(text: np.ndarray, sharp: np.ndarray) -> list[tuple[tuple[int, int, int, int], float]]:
    """Line-sized windows whose text is sharper than the page's and the text around it, by ratio."""
    rules = thresholds().image
    rows, cols = rules.block_window_rows, rules.block_window_cols
    if text.shape[0] < 3 * rows or text.shape[1] < 2 * cols:
        return []
    n = _window_sum(text, rows, cols)
    s = _window_sum(sharp, rows, cols)
    big_r, big_c = 3 * rows, 2 * cols
    n_big, s_big = _window_sum(text, big_r, big_c), _window_sum(sharp, big_r, big_c)
    dr, dc = rows, cols // 2
    h, w = n_big.shape
    n_in, s_in = n[dr : dr + h, dc : dc + w], s[dr : dr + h, dc : dc + w]
    n_ring, s_ring = n_big - n_in, s_big - s_in
    mean_in = s_in / np.maximum(n_in, 1)
    # A render's glyph edge steps from paper to ink within a pixel or two (sharpness near 1);
    # optics never leave that on a page whose other text is soft.
    # Against the page's text as a whole (the scanner's blur) and against the text right around
    # (a photo's focus drifts across the page, but not in a step within a few lines). The ring
    # holds the rest of a pasted line too, hence its lower ratio.
    page = float(np.median(sharp[text]))
    ratio = mean_in / max(page, 1e-3)
    ring = mean_in / np.maximum(s_ring / np.maximum(n_ring, 1), 1e-3)
    hit = (
        (n_in >= rules.sharp_min_blocks)
        & (n_ring >= rules.sharp_min_blocks)
        & (ratio >= rules.sharp_ratio)
        & (ring >= rules.sharp_ring_ratio)
        & (mean_in >= rules.sharp_min_level)
    )
    if not hit.any():
        return []
    mask = np.zeros(text.shape, bool)
    for r, c in zip(*np.nonzero(hit), strict=True):
        mask[r + dr : r + dr + rows, c + dc : c + dc + cols] = True
    out = []
    for r0, c0, r1, c1 in _enclosed_boxes(mask, rules.max_region_share):
        inside = hit[max(r0 - dr, 0) : r1 - dr, max(c0 - dc, 0) : c1 - dc]
        out.append(
            (
                _box(r0, c0, r1, c1),
                float(ring[max(r0 - dr, 0) : r1 - dr, max(c0 - dc, 0) : c1 - dc][inside].max()),
            )
        )
    return out


def _sharp_short_windows(
    text: np.ndarray, sharp: np.ndarray
) -> list[tuple[tuple[int, int, int, int], float]]:
    """Field-sized windows (an amount of a few digits) of render-sharp text, by significance.

    A short paste fills too little of a line-sized window to lift its mean, so a
    window about one amount wide is judged instead: its mean sharpness above
    both the page's median and the text around it, in units of the spread of
    single blocks' sharpness (robust) times the square root of its block count,
    as a z-score of a mean. Clean blurred pages never reach that with
    render-sharp edges; bold headings do not either, since their edges went
    through the same optics.
    """
    rules = thresholds().image
    rows, cols = rules.field_window_rows, rules.field_window_cols
    if sharp.shape[0] < 3 * rows or sharp.shape[1] < 3 * cols:
        return []
    values = sharp[text]
    median = float(np.median(values))
    spread = 1.4826 * float(np.median(np.abs(values - median))) + 1e-3
    n, s = _window_sum(text, rows, cols), _window_sum(sharp, rows, cols)
    n_big, s_big = _window_sum(text, 3 * rows, 3 * cols), _window_sum(sharp, 3 * rows, 3 * cols)
    h, w = n_big.shape
    n_in, s_in = n[rows : rows + h, cols : cols + w], s[rows : rows + h, cols : cols + w]
    n_ring = n_big - n_in
    mean_in = s_in / np.maximum(n_in, 1)
    ring_mean = (s_big - s_in) / np.maximum(n_ring, 1)
    z = (mean_in - np.maximum(ring_mean, median)) / spread * np.sqrt(n_in)
    hit = (
        (n_in >= rules.field_min_blocks)
        & (n_ring >= rules.field_min_blocks)
        & (mean_in >= rules.field_min_level)
        & (mean_in >= rules.sharp_ring_ratio * ring_mean)
        & (z >= rules.field_min_z)
    )
    if not hit.any():
        return []
    mask = np.zeros(sharp.shape, bool)
    for r, c in zip(*np.nonzero(hit), strict=True):
        mask[r + rows : r + 2 * rows, c + cols : c + 2 * cols] = True
    out = []
    for r0, c0, r1, c1 in _enclosed_boxes(mask, rules.max_region_share):
        inside = hit[max(r0 - rows, 0) : r1 - rows, max(c0 - cols, 0) : c1 - cols]
        ratio = (mean_in / np.maximum(ring_mean, 1e-3))[
            max(r0 - rows, 0) : r1 - rows, max(c0 - cols, 0) : c1 - cols
        ]
        out.append((_box(r0, c0, r1, c1), float(ratio[inside].max())))
    return out


def to_ycc(image: np.ndarray) -> np.ndarray:
    """JPEG's YCbCr (Y, Cb, Cr order) of an RGB or grey uint8 image."""
    if image.ndim == 2:
        image = np.repeat(image[:, :, None], 3, axis=2)
    ycrcb = cv2.cvtColor(image[:, :, :3].astype(np.uint8), cv2.COLOR_RGB2YCrCb)
    return ycrcb[:, :, [0, 2, 1]]


def decoded_ycc(data: bytes) -> np.ndarray | None:
    """The JPEG's decoded YCbCr planes (Y, Cb, Cr order) without colour conversion; None if not a JPEG."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "JPEG":
                return None
            if image.mode == "L":
                # A one-channel (grey) JPEG holds its luma alone: its chroma is exactly neutral. Without
                # this, a grey scanner's files were never judged on their JPEG blocks (pastes 0/4).
                luma = np.asarray(image)
                return np.stack([luma, np.full_like(luma, 128), np.full_like(luma, 128)], axis=2)
            image.draft("YCbCr", image.size)
            if image.mode != "YCbCr":
                return None
            return np.asarray(image)
    except (OSError, ValueError):
        return None


# Re-exported: the uniform-runs sign lives in uniform_runs.py (this module's size).
from .uniform_runs import uniform_runs  # noqa: E402

__all__ = ["uniform_runs"]
