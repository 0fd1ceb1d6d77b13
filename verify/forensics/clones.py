"""IMAGE_TAMPERED: an area copied elsewhere on the same page (a copy-move clone).

A forger who lacks a seal or a figure copies one from elsewhere on the same scan (the client's
seal stamped again where the contractor's should be). Two prints of the same thing on paper are
never the same pixels: the scanner's noise and the sub-pixel place of every edge differ. A copy
is: after the page's own JPEG rounding, it equals its source to a grey level or two, at one
common shift, over a whole textured area.

No library finds copy-move clones on document scans (OpenCV has the pieces, not the search), so
the search is written here, in two steps:

1. Candidates (the classic block-matching search, Fridrich et al. 2003): every textured 16x16
   window of the page (at half size above 2,600 px) is summarised by its four quarter means,
   coarsely quantised; sorting the summaries puts equal windows side by side, and the shift
   between each equal pair votes. An area copied once gives thousands of votes for one shift; repeated
   glyphs of a printed text give a few hundred for many shifts.
2. Proof, at full resolution: at the winning shift (refined to the pixel), the candidate area
   and its copy must agree at their edges to within ``clone_max_mad`` grey levels, with almost
   every edge pixel close (repeated print on a real scan differs by tens of levels there), and
   the scanner's noise on their blank paper must be the same noise (``clone_min_noise_corr``):
   a render that placed two prints of the same text on whole pixels gives equal edges, never
   equal noise.

On a page without real scan noise (``clone_min_noise``: a clean render, or a scanner that
smooths its paper) repeated glyphs are pixel-identical by construction and the noise proves
nothing; there only a copy whose source and copy are both a seal's round ring, equal over the whole
seal, counts (wild seed 13: the client's seal copied onto the contractor's place of a smoothed grey
scan), for two impressions of one seal are never the same pixels, and two seals of one maker share
only their star and what is printed under it. Only copies on paper count: a photo's desk or
background may repeat a texture.
"""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.extract.reading_rules import rules as reading_rules
from jianzheng.extract.seal_outline import find_outline_seals

from .config import thresholds
from .regions import Region

_WINDOW = 16
"""Window size (pixels of the searched page) whose equal copies vote for a shift."""
_MIN_TEXTURE = 20.0
"""Grey-level spread below which a window is blank paper (blank paper is equal everywhere)."""
_QUANT = 4.0
"""Grey levels per step of the window summary: coarse, so that a copy's rounding stays in its bucket."""
_CANDIDATES = 12
"""Shifts with the most votes that are put to the proof: repeated print (a contract's recurring
clauses, a table's column of figures) can outvote a small copied area."""
_PROOF_PX = 192
"""Side of the full-resolution area around a candidate where the copy must be proven."""


def clone_regions(gray: np.ndarray, page_noise: float, red: np.ndarray | None = None) -> list[Region]:
    """Areas of a grey page (uint8) that are exact copies of another area of it, at one shift;
    ``red``, the red-ink mask of a colour page, lets a seal pasted over other ink be proven too."""
    rules = thresholds().image
    if min(gray.shape) < 4 * _PROOF_PX:
        return []
    noisy = page_noise >= rules.clone_min_noise
    # Searched at full resolution, so that a copy at any shift has windows equal to its source's;
    # a 300 DPI page (over 2,600 px) at half, for time (a copy then loses the windows on odd pixels).
    factor = 2 if max(gray.shape) > 2600 else 1
    regions: list[Region] = []
    proven_shifts: list[tuple[int, int]] = []
    for shift, box in _candidates(gray, factor, rules.clone_min_blocks, rules.clone_min_shift_px):
        if any(_same_pair(shift, seen, 2 * factor) for seen in proven_shifts):
            continue  # the same copy, found again (from its other end, or a pixel apart)
        min_corr = rules.clone_min_noise_corr if noisy else None
        proven = _proof(gray, shift, box, factor, rules.clone_max_mad, min_corr)
        if proven is not None:
            (dy, dx), (x0, y0, x1, y1) = proven
            centre = ((x0 + x1) // 2, (y0 + y1) // 2)
            ring = _ring_around(gray, centre)
            seal = ring is not None and _ring_around(gray, (centre[0] + dx, centre[1] + dy)) is not None
            if not noisy and (
                ring is None or not seal or not _same_disc(gray, ring, (dy, dx), rules.clone_max_mad)
            ):
                proven = None
            what = "两枚印章" if seal else "本区域与同页另一处"
            how = "逐像素相同，疑似复制粘贴（如印章被复制）"
        if proven is None:
            proven = _pasted_seal(gray, red, shift, box)
            what, how = "两枚印章", "除压在其他字迹上的部分外逐像素相同，疑似抠图粘贴的印章"
        if proven is None:
            continue
        (dy, dx), (x0, y0, x1, y1) = proven
        proven_shifts.append((dy, dx))
        copy = (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
        regions.append(Region(copy, f"{what}（相距 {abs(dx)}×{abs(dy)} 像素）{how}", "clones"))
    return regions


# A page's width, in inches, where its resolution is not known: an A4 sheet's.
_PAGE_INCHES = 8.27


def _same_disc(
    gray: np.ndarray, ring: tuple[int, int, int, int], shift: tuple[int, int], max_mad: float
) -> bool:
    """Whether a whole seal (its ring text as well as its star) equals the one at ``shift``: two
    seals of one maker share a star and the date printed under it, never their ring text."""
    page = gray.astype(np.float32)
    x0, y0, x1, y1 = ring
    dy, dx = shift
    if (
        min(y0, y0 + dy, x0, x0 + dx) < 0
        or max(y1, y1 + dy) > page.shape[0]
        or max(x1, x1 + dx) > page.shape[1]
    ):
        return False
    disc, other = page[y0:y1, x0:x1], page[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
    gy, gx = np.gradient(disc)
    edges = np.hypot(gx, gy) > 8.0
    if edges.sum() < 200:
        return False
    diff = np.abs(disc - other)[edges]
    return float(diff.mean()) <= max_mad and float((diff < 3 * max_mad).mean()) >= 0.9


def _pasted_seal(
    gray: np.ndarray, red: np.ndarray | None, shift: tuple[int, int], box: tuple[int, int, int, int]
) -> tuple[tuple[int, int], tuple[int, int, int, int]] | None:
    """The exact shift and the seal's box when the candidate is a seal cut out and pasted over
    other ink (its white made clear, the paste multiplied over the handwriting of a 验收意见 box):
    both ends are a seal's round outline, and the two discs' red ink is the same pixels, equal in
    grey to a few levels (the paste's own rounding), but where one of them lies under other ink.
    Two impressions of one seal are never that: each has its own ink and turn; nor two seals of
    one maker, whose ring text differs. Only on a colour page (``red``, the page's red-ink mask): in grey, other ink over a
    seal cannot be told from the seal's own."""
    if red is None:
        return None
    rules = thresholds().image
    cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
    ring = _ring_around(gray, (cx, cy))
    if ring is None or _ring_around(gray, (cx + shift[1], cy + shift[0])) is None:
        return None
    page = gray.astype(np.float32)
    x0, y0, x1, y1 = ring
    ink = red[y0:y1, x0:x1] > 0
    best: tuple[float, tuple[int, int], np.ndarray] | None = None  # overlap, shift, other disc's ink
    for ddy in range(-2, 3):
        for ddx in range(-2, 3):
            sy, sx = shift[0] + ddy, shift[1] + ddx
            if min(y0 + sy, x0 + sx) < 0 or y1 + sy > page.shape[0] or x1 + sx > page.shape[1]:
                continue
            other = red[y0 + sy : y1 + sy, x0 + sx : x1 + sx] > 0
            overlap = float((ink & other).sum() / max(1, (ink | other).sum()))
            if best is None or overlap > best[0]:
                best = (overlap, (sy, sx), other)
    if best is None or best[0] < rules.clone_paste_min_overlap:
        return None
    (sy, sx), other = best[1], best[2]
    both = ink & other
    if both.sum() < 1000:
        return None
    disc, other_disc = page[y0:y1, x0:x1], page[y0 + sy : y1 + sy, x0 + sx : x1 + sx]
    # Red ink on one with blank paper at its place on the other (nothing red near it, nothing
    # over it): the two seals' own print differs there (one maker's ring and star, two names).
    paper = float(np.percentile(page[::4, ::4], 90)) - 40
    near = np.ones((5, 5), np.uint8)
    lone = (ink & ~cv2.dilate(other.astype(np.uint8), near).astype(bool) & (other_disc >= paper)).sum() + (
        other & ~cv2.dilate(ink.astype(np.uint8), near).astype(bool) & (disc >= paper)
    ).sum()
    if lone > rules.clone_paste_max_lone * (ink | other).sum():
        return None
    diff = np.abs(disc - other_disc)[both]
    if float(diff.mean()) > rules.clone_paste_max_mad or float((diff < 3 * rules.clone_max_mad).mean()) < 0.9:
        return None
    return (sy, sx), ring


def _ring_around(gray: np.ndarray, centre: tuple[int, int]) -> tuple[int, int, int, int] | None:
    """The box (pixels) of a seal's round outline around ``centre``: extraction's grey seal finder
    (seal_outline.py, a circle of a seal's size inked on nearly every ray) on the area around it,
    with a seal centred within half its radius of it; None where there is none. Repeated print
    gives no such outline."""
    rules = reading_rules().seal
    dpi = gray.shape[1] / _PAGE_INCHES
    reach = int(rules.outline_max_mm / 25.4 * dpi)
    cx, cy = centre
    x0, y0 = max(0, cx - reach), max(0, cy - reach)
    crop = np.ascontiguousarray(gray[y0 : cy + reach, x0 : cx + reach])
    seals, _ = find_outline_seals(crop, dpi, rules)
    px = dpi / 72.0  # the finder's boxes are in points
    for seal in seals:
        sx0, sy0, sx1, sy1 = (v * px for v in seal.bbox)
        radius = (sx1 - sx0) / 2
        if np.hypot(x0 + (sx0 + sx1) / 2 - cx, y0 + (sy0 + sy1) / 2 - cy) <= radius / 2:
            return (int(x0 + sx0), int(y0 + sy0), int(x0 + sx1), int(y0 + sy1))
    return None


def _candidates(
    gray: np.ndarray, factor: int, min_votes: int, min_shift_px: int
) -> list[tuple[tuple[int, int], tuple[int, int, int, int]]]:
    """The shifts (dy, dx in full-resolution pixels) that many equal windows vote for, each with
    the full-resolution box of its voters (5th to 95th percentile), most votes first."""
    small = gray.astype(np.float32)
    if factor > 1:
        size = (gray.shape[1] // factor, gray.shape[0] // factor)
        small = cv2.resize(small, size, interpolation=cv2.INTER_AREA).astype(np.float32)
    half = _WINDOW // 2

    def box_mean(image: np.ndarray, size: int) -> np.ndarray:
        return cv2.boxFilter(image, -1, (size, size), anchor=(0, 0), borderType=cv2.BORDER_CONSTANT)

    quarter = box_mean(small, half)
    mean, mean_sq = box_mean(small, _WINDOW), box_mean(small * small, _WINDOW)
    h, w = small.shape[0] - _WINDOW, small.shape[1] - _WINDOW
    if h <= 0 or w <= 0:
        return []
    texture = np.sqrt(np.maximum(mean_sq - mean * mean, 0.0))[:h, :w]
    ys, xs = np.nonzero(texture > _MIN_TEXTURE)
    if len(ys) < min_votes:
        return []
    corners = ((ys, xs), (ys, xs + half), (ys + half, xs), (ys + half, xs + half))
    # The four quantised quarter means packed into one integer: equal windows sort side by side.
    key = np.zeros(len(ys), np.int64)
    for y, x in corners:
        key = (key << 8) | np.floor(quarter[y, x] / _QUANT).astype(np.int64)
    order = np.argsort(key, kind="stable")
    equal = key[order][1:] == key[order][:-1]
    first, second = order[:-1][equal], order[1:][equal]
    dy, dx = ys[second] - ys[first], xs[second] - xs[first]
    flip = (dy < 0) | ((dy == 0) & (dx < 0))  # one direction per pair
    dy, dx = np.where(flip, -dy, dy), np.where(flip, -dx, dx)
    source_y, source_x = np.where(flip, ys[second], ys[first]), np.where(flip, xs[second], xs[first])
    far = np.maximum(np.abs(dy), np.abs(dx)) * factor >= min_shift_px
    if not far.any():
        return []
    code = (dy[far].astype(np.int64) << 20) + dx[far].astype(np.int64) + (1 << 19)
    shifts, which, votes = np.unique(code, return_inverse=True, return_counts=True)
    found = []
    for n in np.argsort(-votes)[:_CANDIDATES]:
        if votes[n] < min_votes:
            break
        members_y, members_x = source_y[far][which == n], source_x[far][which == n]
        y0, y1 = np.percentile(members_y, [5, 95]).astype(int)
        x0, x1 = np.percentile(members_x, [5, 95]).astype(int)
        box = (int(x0) * factor, int(y0) * factor, (int(x1) + _WINDOW) * factor, (int(y1) + _WINDOW) * factor)
        shift_y, shift_x = int(shifts[n] >> 20), int((shifts[n] & ((1 << 20) - 1)) - (1 << 19))
        found.append(((shift_y * factor, shift_x * factor), box))
    return found


def _proof(
    gray: np.ndarray,
    shift: tuple[int, int],
    box: tuple[int, int, int, int],
    factor: int,
    max_mad: float,
    min_corr: float | None,
) -> tuple[tuple[int, int], tuple[int, int, int, int]] | None:
    """The exact shift and the proven source box when the area around the candidate's centre equals
    its copy at its edges and in its paper's noise (on paper, with ink; the noise is not compared
    when ``min_corr`` is None); None otherwise."""
    page = gray.astype(np.float32)
    # The voters' box, at most _PROOF_PX a side around its centre: a copied amount line is short.
    cx, cy = (box[0] + box[2]) // 2, (box[1] + box[3]) // 2
    half_w, half_h = min(box[2] - box[0], _PROOF_PX) // 2, min(box[3] - box[1], _PROOF_PX) // 2
    x0, y0 = max(0, cx - half_w), max(0, cy - half_h)
    x1, y1 = min(page.shape[1], cx + half_w), min(page.shape[0], cy + half_h)
    area = page[y0:y1, x0:x1]
    paper = float(np.percentile(page[::4, ::4], 90))
    if (area < 0.5 * paper).mean() > 0.35 or (area < paper - 60).mean() < 0.01:
        return None  # not ink on paper (a photo's desk may repeat its texture), or no ink at all
    gy, gx = np.gradient(area)
    # Edges of ink on paper only: the paper's light lies next to them (a desk's texture has none).
    near_paper = cv2.dilate(area, np.ones((15, 15), np.uint8)) >= 0.8 * paper
    edges = (np.hypot(gx, gy) > 8.0) & near_paper
    if edges.sum() < 200:
        return None
    best: tuple[float, float, tuple[int, int]] | None = None
    for ddy in range(-factor, factor + 1):
        for ddx in range(-factor, factor + 1):
            sy, sx = shift[0] + ddy, shift[1] + ddx
            if y0 + sy < 0 or y1 + sy > page.shape[0] or x0 + sx < 0 or x1 + sx > page.shape[1]:
                continue
            diff = np.abs(area - page[y0 + sy : y1 + sy, x0 + sx : x1 + sx])[edges]
            mad = float(diff.mean())
            if best is None or mad < best[0]:
                best = (mad, float((diff < 3 * max_mad).mean()), (sy, sx))
    if best is None or best[0] > max_mad or best[1] < 0.9:
        return None
    sy, sx = best[2]
    copy = page[y0 + sy : y1 + sy, x0 + sx : x1 + sx]
    if min_corr is not None and _paper_noise_agreement(area, copy, paper) < min_corr:
        return None
    return best[2], (x0, y0, x1, y1)


def _paper_noise_agreement(a: np.ndarray, b: np.ndarray, paper: float) -> float:
    """How alike the scanner's noise is on the blank paper of two areas (correlation of their fine
    residuals away from ink): about 1 for a copy, about 0 for two prints of the same text, which
    agree at their glyphs' edges when a render placed them on whole pixels. 0 when the paper holds
    no noise to compare (a heavy JPEG erased it): no verdict then."""
    near_ink = cv2.erode(np.minimum(a, b), np.ones((9, 9), np.uint8)) < paper - 25
    blank = ~near_ink
    if blank.sum() < 1000:
        return 0.0
    ra = (a - cv2.GaussianBlur(a, (0, 0), 2))[blank]
    rb = (b - cv2.GaussianBlur(b, (0, 0), 2))[blank]
    if min(float(ra.std()), float(rb.std())) < 1.0:
        return 0.0
    return float(np.corrcoef(ra, rb)[0, 1])


def _same_pair(a: tuple[int, int], b: tuple[int, int], slack: int) -> bool:
    """Whether two shifts are one copy's, either way round, up to ``slack`` pixels."""
    return any(abs(a[0] - s * b[0]) <= slack and abs(a[1] - s * b[1]) <= slack for s in (1, -1))
