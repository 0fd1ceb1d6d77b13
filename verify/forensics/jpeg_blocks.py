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

The grid, its statistics, the decoding and the colour sign are here; the
sharpness sign is in sharp_blocks.py, the uniformity sign in uniform_runs.py.

No library does block-level forensics on document scans (ELA tools compare
re-compression errors, which a paste compressed again with the page does not
show), hence numpy, SciPy and OpenCV.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image
from scipy import ndimage

from .config import thresholds
from .regions import beside, surroundings

BLOCK = 8  # the JPEG block


def blocks(a: np.ndarray) -> np.ndarray:
    """The image's whole 8×8 blocks, as an array indexed [block row, block column, y, x]."""
    rows, cols = a.shape[0] // BLOCK, a.shape[1] // BLOCK
    return a[: rows * BLOCK, : cols * BLOCK].reshape(rows, BLOCK, cols, BLOCK).transpose(0, 2, 1, 3)


def block_box(r0: int, c0: int, r1: int, c1: int) -> tuple[int, int, int, int]:
    """The pixel box (x0, y0, x1, y1) of a box in block units (r0, c0, r1, c1)."""
    return (c0 * BLOCK, r0 * BLOCK, c1 * BLOCK, r1 * BLOCK)


def window_sum(a: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Sums over every rows×cols window (top-left anchored), by cumulative sums."""
    c = np.pad(a.astype(np.float64), ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    return c[rows:, cols:] - c[:-rows, cols:] - c[rows:, :-cols] + c[:-rows, :-cols]


def enclosed_boxes(
    mask: np.ndarray, max_share: float, outside: np.ndarray | None = None
) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (block units r0, c0, r1, c1) of mask components away from the page margins.

    ``outside`` marks what lies beyond the paper (BlockStats.outside): a component within two
    blocks of it is the paper's edge, as one at the image's edge is.
    """
    labels, _ = ndimage.label(mask)
    out = []
    rows, cols = mask.shape
    for sl in ndimage.find_objects(labels):
        if sl is None:
            continue
        r0, r1, c0, c1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        if r0 <= 1 or c0 <= 1 or r1 >= rows - 1 or c1 >= cols - 1:
            continue  # scan margins (lid shadow, cropped paper) differ by nature
        if outside is not None and beside(outside, r0, c0, r1, c1):
            continue  # the scanner's bed between the paper's edge and the lid: no paper at all
        if (r1 - r0) * (c1 - c0) > max_share * rows * cols:
            continue
        out.append((r0, c0, r1, c1))
    return out


class BlockStats:
    """Per-block statistics of the page's luma on the JPEG grid."""

    def __init__(self, ycc: np.ndarray) -> None:
        y = blocks(ycc[:, :, 0].astype(np.int16))
        self.mean = y.mean(axis=(2, 3))
        self.low = y.min(axis=(2, 3))
        self.high = y.max(axis=(2, 3))
        paper = float(np.percentile(self.mean, 75))
        self.paper_level = paper
        self.light = self.low >= paper - 12
        self.ink = self.low < paper - 60
        self.shape = self.mean.shape
        self.outside = surroundings(self.mean, paper)


def colour_on_grey(
    ycc: np.ndarray, stats: BlockStats, skip: np.ndarray | None = None
) -> list[tuple[int, int, int, int]]:
    """Paper with colour inside an otherwise exactly grey page (a grey scan with a coloured paste).

    ``skip`` masks coloured ink: a grey scan that kept a red seal's colour (an MFP's colour-drop
    that spares red) bleeds it into the paper between the seal's strokes."""
    rules = thresholds().image
    signed = ycc[:, :, 1:].astype(np.int16) - 128
    chroma = blocks(np.abs(signed).sum(axis=2)).mean(axis=(2, 3))
    paper = stats.light | ~stats.ink
    if skip is not None:
        paper &= ~_grown(skip, stats.shape)
    if not paper.any():
        return []  # no paper to judge (a screenshot filled with the viewer's grey, a seal's close-up)
    if float(np.percentile(chroma[paper], 100 * (1 - rules.grey_max_tinted_share))) > 0.5:
        return []  # a colour page (tint, photo); a paste may hold a few per cent of the blocks
    # Each block's colour with its sign (Cb, Cr): a pasted tint pushes every pixel of a block
    # the same way, while the chroma noise of a grey scan stored as RGB (the sensor's colour
    # channels each with their own noise, colour fringes on either side of a stroke) scatters
    # either way and cancels within a block and across blocks.
    cb = blocks(signed[:, :, 0]).mean(axis=(2, 3))
    cr = blocks(signed[:, :, 1]).mean(axis=(2, 3))
    spread = 1.4826 * float(np.median(np.abs(cb[paper]))) + 1.4826 * float(np.median(np.abs(cr[paper])))
    tinted = paper & (chroma >= rules.grey_min_chroma)
    tinted = ndimage.binary_closing(tinted, np.ones((3, 3), bool))
    boxes = []
    for r0, c0, r1, c1 in enclosed_boxes(tinted, rules.max_region_share, stats.outside):
        # A line of text or more: rules and frame lines a block wide are drawing, not a paste.
        if r1 - r0 < 3 or c1 - c0 < 8 or (r1 - r0) * (c1 - c0) < rules.grey_min_blocks:
            continue
        inside = paper[r0:r1, c0:c1]
        if not inside.any():
            continue
        mean_cb, mean_cr = float(cb[r0:r1, c0:c1][inside].mean()), float(cr[r0:r1, c0:c1][inside].mean())
        colour = abs(mean_cb) + abs(mean_cr)
        magnitude = float(chroma[r0:r1, c0:c1][inside].mean())
        if mean_cr > 0 and mean_cr >= rules.grey_seal_hue_ratio * abs(mean_cb):
            continue  # a seal's red, too pale for the ink mask or showing through: no paper's tint
        if (
            colour >= rules.grey_min_tint
            and colour >= rules.grey_min_coherence * magnitude
            and colour >= rules.grey_noise_ratio * spread
        ):
            boxes.append(block_box(r0, c0, r1, c1))
    return boxes


def off_tint(
    ycc: np.ndarray, stats: BlockStats, skip: np.ndarray | None = None
) -> list[tuple[int, int, int, int]]:
    """Paper of another colour inside a tinted page (a yellowed or cream page with a white line
    pasted from another scan): colour_on_grey's mirror.

    The page's paper blocks share one tint; a paste carries its own paper's. Each paper block's
    signed chroma is taken relative to its luma (a shaded cell is darker paper of the same tint),
    compared with the page's median, and a line-sized area that differs coherently is the sign.
    ``skip`` masks coloured ink (seals, pen: their colour bleeds into the paper between strokes).
    """
    rules = thresholds().image
    signed = ycc[:, :, 1:].astype(np.float32) - 128
    luma = np.maximum(blocks(ycc[:, :, 0].astype(np.float32)).mean(axis=(2, 3)), 1.0)
    cb = blocks(signed[:, :, 0]).mean(axis=(2, 3)) / luma * 255
    cr = blocks(signed[:, :, 1]).mean(axis=(2, 3)) / luma * 255
    paper = stats.light & ~stats.ink
    if skip is not None:
        paper &= ~_grown(skip, stats.shape)
    if paper.sum() < 100:
        return []
    page_cb, page_cr = float(np.median(cb[paper])), float(np.median(cr[paper]))
    if abs(page_cb) + abs(page_cr) < rules.tint_min_page:
        return []  # white or grey paper: a white paste shows no colour of its own (colour_on_grey)
    spread = 1.4826 * (
        float(np.median(np.abs(cb[paper] - page_cb))) + float(np.median(np.abs(cr[paper] - page_cr)))
    )
    differs = paper & ((np.abs(cb - page_cb) + np.abs(cr - page_cr)) >= max(rules.tint_min_diff, 3 * spread))
    differs = ndimage.binary_closing(differs, np.ones((3, 3), bool))
    boxes = []
    for r0, c0, r1, c1 in enclosed_boxes(differs, rules.max_region_share, stats.outside):
        if r1 - r0 < 3 or c1 - c0 < 8 or (r1 - r0) * (c1 - c0) < rules.grey_min_blocks:
            continue
        inside = paper[r0:r1, c0:c1] & differs[r0:r1, c0:c1]
        if inside.sum() < rules.tint_min_share * (r1 - r0) * (c1 - c0):
            continue  # scattered blocks, not a piece of paper
        shift = abs(float(cb[r0:r1, c0:c1][inside].mean()) - page_cb) + abs(
            float(cr[r0:r1, c0:c1][inside].mean()) - page_cr
        )
        if shift >= rules.tint_min_diff and shift >= rules.grey_noise_ratio * spread:
            boxes.append(block_box(r0, c0, r1, c1))
    return boxes


def _grown(mask: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Blocks holding any masked pixel, grown by two blocks (chroma is subsampled and bleeds)."""
    rows, cols = shape[0], shape[1]
    held = blocks(mask[: rows * BLOCK, : cols * BLOCK].astype(np.uint8)).max(axis=(2, 3)) > 0
    return ndimage.binary_dilation(held, np.ones((5, 5), bool))


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
