"""IMAGE_TAMPERED: local inconsistency in a scanned page image.

Independent signs, each conservative:

* noise residual: a scan carries sensor and paper noise everywhere; a patch
  pasted from a clean render or another photo carries a different amount. The
  page is cut into cells; each cell's noise is the spread of the residual
  (image minus its 3×3 median) over its flat pixels; cells far from the page's
  own level (robust z-score) that form a small enclosed region are flagged.
* cloned area: blocks that are identical up to JPEG rounding at one common
  shift, on a page that has real scan noise (on a clean render repeated glyphs
  are identical by construction, so cloning is not judged there).

* JPEG blocks (jpeg_blocks.py, sharp_blocks.py, uniform_runs.py): where compression erased the noise, a
  grey page with tinted paper in one place, text whose edges are
  render-sharp on a page the scanner softened, or blank paper along a line
  that is exactly flat at a level the paper around it rarely takes.

No library does these at this granularity on document scans, hence numpy.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image
from scipy import ndimage

from jianzheng.models import BBox, Code

from . import jpeg_blocks, page_kind, sharp_blocks
from .clones import clone_regions
from .config import thresholds
from .regions import Region
from .signals import Signal, overlap
from .uniform_runs import uniform_runs

_A4_LONG_PT = 841.89


Box = tuple[int, int, int, int]
"""A box in image pixels (x0, y0, x1, y1)."""


@dataclass(frozen=True)
class FigurePlaces:
    """Where one page shows figures, in page points: its key fields' and all the others'."""

    fields: list[BBox]
    figures: list[BBox]

    def in_pixels(self, scale: float, offset: tuple[float, float]) -> tuple[list[Box], list[Box]]:
        """Both lists as pixel boxes of an image placed at ``offset`` with ``scale`` points per pixel."""

        def px(box: BBox) -> Box:
            x0, y0, x1, y1 = box
            ox, oy = offset
            return (
                int((x0 - ox) / scale),
                int((y0 - oy) / scale),
                int((x1 - ox) / scale),
                int((y1 - oy) / scale),
            )

        return [px(b) for b in self.fields], [px(b) for b in self.figures]


def to_gray(image: np.ndarray) -> np.ndarray:
    """A uint8 grey image from grey, RGB or RGBA input."""
    if image.ndim == 2:
        return image.astype(np.uint8)
    if image.shape[2] == 4:
        image = image[:, :, :3]
    return cv2.cvtColor(image.astype(np.uint8), cv2.COLOR_RGB2GRAY)


def paper_mask(image: np.ndarray, gray: np.ndarray) -> np.ndarray:
    """Pixels that may be blank paper: near the page's light level and without colour."""
    light = gray >= float(np.percentile(gray, 90)) - 50
    if image.ndim == 3 and image.shape[2] >= 3:
        saturation = cv2.cvtColor(image[:, :, :3].astype(np.uint8), cv2.COLOR_RGB2HSV)[:, :, 1]
        return light & (saturation < 50)
    return light


def residual_and_flat(gray: np.ndarray, paper: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The noise residual (image minus its 3×3 median) and the flat paper pixels to measure it on.

    ``paper`` marks the pixels that may be blank paper (light, unsaturated); printed
    colour areas (emblems, gold lettering, seals) have an ink texture of their own.
    """
    img = gray.astype(np.float32)
    residual = img - cv2.medianBlur(gray, 3).astype(np.float32)
    gx = cv2.Sobel(img, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(img, cv2.CV_32F, 0, 1, ksize=3)
    # Flat: no edge nearby, so the residual is noise rather than glyph outline. Faint
    # watermarks are edges too, so the edge threshold is low, but well above what the
    # page's own noise makes of the gradient (its median over a page of mostly paper).
    magnitude = np.abs(gx) + np.abs(gy)
    threshold = max(30.0, 3.0 * float(np.median(magnitude[::4, ::4])))  # a sample is enough
    flat = cv2.dilate((magnitude > threshold).astype(np.uint8), np.ones((5, 5), np.uint8)) == 0
    if paper is not None:
        flat &= paper
    return residual, flat


def noise_cells(residual: np.ndarray, flat: np.ndarray, cell: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-cell noise level and whether the cell has enough flat paper pixels to measure it."""
    rows, cols = residual.shape[0] // cell, residual.shape[1] // cell
    h, w = rows * cell, cols * cell

    def per_cell(a: np.ndarray) -> np.ndarray:
        return a[:h, :w].reshape(rows, cell, cols, cell).sum(axis=(1, 3))

    count = per_cell(flat.astype(np.float32))
    valid = count >= 0.3 * cell * cell
    # Mean absolute residual over the flat pixels (x1.25 makes it a Gaussian sigma): sums
    # per cell are cheap, and the flat mask already keeps glyph outlines out.
    sigma = (1.2533 * per_cell(np.abs(residual) * flat) / np.maximum(count, 1)).astype(np.float32)
    return sigma, valid


def _regions(outliers: np.ndarray, cell: int, reason: str, counted: np.ndarray | None = None) -> list[Region]:
    """Connected groups of outlier cells, enclosed by the page and of a plausible size.

    ``counted`` marks the cells that count towards the size (the outliers by default).
    """
    rules = thresholds().image
    counted = outliers if counted is None else counted
    labels, _ = ndimage.label(outliers, structure=np.ones((3, 3), bool))
    regions = []
    total = outliers.size
    for index, sl in enumerate(ndimage.find_objects(labels), start=1):
        if sl is None:
            continue
        size = int(((labels[sl] == index) & counted[sl]).sum())
        if size < rules.min_region_cells or size > rules.max_region_share * total:
            continue
        r0, r1, c0, c1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        # Margins of a scan (lid shadow, black edges, cropped paper) differ by nature.
        if r0 == 0 or c0 == 0 or r1 >= outliers.shape[0] or c1 >= outliers.shape[1]:
            continue
        regions.append(Region((c0 * cell, r0 * cell, c1 * cell, r1 * cell), reason))
    return regions


def noise_regions(sigma: np.ndarray, valid: np.ndarray) -> list[Region]:
    """Enclosed regions whose noise level (per cell, from noise_cells) is far from the rest of the page."""
    rules = thresholds().image
    if valid.sum() < rules.min_valid_share * valid.size or valid.sum() < 50:
        return []
    values = sigma[valid]
    centre = float(np.median(values))
    spread = 1.4826 * float(np.median(np.abs(values - centre)))
    spread = max(spread, 0.15 * centre, 0.2)
    z = np.where(valid, (sigma - centre) / spread, 0.0)
    regions = []
    count = float(valid.sum())
    # A page whose noise varies all over (phone photos, textured security paper, denoised
    # camera output) has no single level to compare a patch against: judge only even pages.
    # Only the low side is judged: noisier-than-page cells are mostly ink texture (faint
    # watermarks, seal edges), which no paper mask removes reliably.
    low = valid & (z < -rules.z_threshold * 0.5) & (sigma < 0.35 * centre)
    if centre >= rules.clone_min_noise and (valid & (z < -3)).sum() <= rules.max_scattered_share * count:
        regions += _regions(low, rules.cell_px, "局部噪声明显低于整页（疑似粘贴的干净图块）")
    return regions


def quiet_bands(residual: np.ndarray, flat: np.ndarray) -> list[Region]:
    """Wide bands of paper with no noise at all on a page whose paper is noisy elsewhere.

    After JPEG compression a scan keeps a little noise on its paper: some
    residual pixels are non-zero in almost every 8×8 block. A block of text
    pasted from a clean render keeps none, over the width of a line of text.
    Pages with many such bands (smoothed phone photos, saturated white scans)
    are not judged.
    """
    rules = thresholds().image
    cell = 8
    rows, cols = residual.shape[0] // cell, residual.shape[1] // cell

    def per_cell(a: np.ndarray) -> np.ndarray:
        return a[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).sum(axis=(1, 3))

    flat_count = per_cell(flat)
    valid = flat_count >= 32
    density = np.where(valid, per_cell((residual != 0) & flat) / np.maximum(flat_count, 1), 0.0)
    if valid.sum() < 100:
        return []
    median = float(np.median(density[valid]))
    if median < rules.quiet_min_density:
        return []
    quiet = valid & (density < rules.low_ratio * median)
    window = np.ones((1, 8))
    quiet_run = ndimage.convolve(quiet.astype(float), window, mode="constant")
    valid_run = ndimage.convolve(valid.astype(float), window, mode="constant")
    band = (valid_run >= 5) & (quiet_run >= valid_run - 0.5)
    labels, _ = ndimage.label(band)
    regions = []
    for sl in ndimage.find_objects(labels):
        if sl is None:
            continue
        r0, r1, c0, c1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        if r1 - r0 < rules.quiet_min_rows or c1 - c0 < rules.quiet_min_cols:
            continue
        if r0 == 0 or c0 == 0 or r1 >= rows or c1 >= cols:
            return []  # margins and borders: the page is not even enough to judge
        if (r1 - r0) * (c1 - c0) > rules.max_region_share * rows * cols / 3:
            return []
        regions.append(
            Region(
                (c0 * cell, r0 * cell, c1 * cell, r1 * cell),
                "一行宽的区域完全没有扫描噪声（疑似粘贴的干净图块）",
            )
        )
    return regions if len(regions) <= rules.quiet_max_bands else []


def tampered_regions(
    image: np.ndarray, ycc: np.ndarray | None = None, figures: tuple[list[Box], list[Box]] | None = None
) -> list[Region]:
    """Every suspicious region of one page image (RGB or grey, uint8).

    ``ycc`` is the JPEG's own decoded YCbCr of the same image (jpeg_blocks.decoded_ycc), when
    the image is a JPEG; the JPEG-block signs are looked for only then. ``figures`` holds the
    pixel boxes of the page's key fields with figures and of its other figures, when the
    page's text was read: each such field is also compared with the page's other figures.
    """
    gray = to_gray(image)
    if min(gray.shape) < 8 * thresholds().image.cell_px or page_kind.is_bilevel(gray):
        return []  # too small, or a 1-bit page: no noise or grey level left to compare
    residual, flat = residual_and_flat(gray, paper_mask(image, gray))
    sigma, valid = noise_cells(residual, flat, thresholds().image.cell_px)
    page_noise = float(np.median(sigma[valid])) if valid.any() else 0.0
    if page_kind.is_photo(gray):
        # Light and focus drift across a photographed sheet: only an exact copy is a sign there.
        return clone_regions(gray, page_noise)
    regions = noise_regions(sigma, valid)
    if not regions:
        regions = quiet_bands(residual, flat)
    if not regions and ycc is not None:
        # Where heavy compression erased the page's noise, the JPEG blocks still tell a paste
        # by its colour on a grey page or its render-sharp edges (jpeg_blocks.py, sharp_blocks.py). Only a JPEG
        # has those blocks: a lossless license render with its coloured emblem and seal is no
        # grey page with a tinted paste (a clean PNG license was flagged four times).
        regions = block_regions(image)
    if not regions and ycc is not None and ycc.shape[:2] == gray.shape:
        runs = _merged(uniform_runs(ycc))
        # A paste leaves its top and bottom margins (merged into one or two runs); flat paper
        # at odd levels in many places is the page's processing (a sharpened, flattened colour
        # scan of a real license had six), as with the quiet bands.
        if len(runs) <= thresholds().image.uniform_max_runs:
            regions = [
                Region(
                    box,
                    "一行空白纸面完全平整且亮度与上下纸面不同，JPEG 分块与整页扫描不一致（疑似粘贴的干净图块）",
                )
                for box, _ in runs
            ]
    if ycc is not None and figures is not None:
        regions += [
            Region(
                box,
                f"关键字段的数字边缘比本页其他数字锐利（z={z:.0f}），JPEG 分块特征与整页不一致（疑似粘贴的渲染图块）",
            )
            for box, z in sharp_blocks.sharper_fields(gray, *figures, sharp_blocks.colour_ink(image))
            if not any(overlap(box, r.box) > 0 for r in regions)
        ]
    return regions + clone_regions(gray, page_noise)


def _merged(
    runs: list[tuple[tuple[int, int, int, int], float]],
) -> list[tuple[tuple[int, int, int, int], float]]:
    """Runs that touch or lie within a line of each other, as one box (a paste's top and end margins)."""
    merged: list[tuple[tuple[int, int, int, int], float]] = []
    for box, score in sorted(runs, key=lambda item: (item[0][1], item[0][0])):
        for i, (other, best) in enumerate(merged):
            if box[0] <= other[2] + 16 and box[2] >= other[0] - 16 and box[1] <= other[3] + 48:
                union = (
                    min(box[0], other[0]),
                    min(box[1], other[1]),
                    max(box[2], other[2]),
                    max(box[3], other[3]),
                )
                merged[i] = (union, max(score, best))
                break
        else:
            merged.append((box, score))
    return merged


def block_regions(image: np.ndarray) -> list[Region]:
    """Pasted blocks found on the 8×8 JPEG grid: colour on a grey page, text sharper than the page's."""
    ycc = jpeg_blocks.to_ycc(image)
    stats = jpeg_blocks.BlockStats(ycc)
    regions = [
        Region(box, "灰度扫描页中局部纸底带有颜色，JPEG 分块色度与整页不一致（疑似粘贴的图块）")
        for box in jpeg_blocks.colour_on_grey(ycc, stats)
    ]
    regions += [
        Region(
            box, f"局部文字边缘比周围文字锐利 {ratio:.1f} 倍，JPEG 分块特征与整页不一致（疑似粘贴的渲染图块）"
        )
        for box, ratio in sharp_blocks.sharp_regions(ycc[:, :, 0], stats, sharp_blocks.colour_ink(image))
    ]
    return regions


def _to_points(region: Region, scale: float, offset: tuple[float, float]) -> BBox:
    x0, y0, x1, y1 = region.box
    return (offset[0] + x0 * scale, offset[1] + y0 * scale, offset[0] + x1 * scale, offset[1] + y1 * scale)


def _signals(
    regions: list[Region], file: str, page: int, scale: float, offset: tuple[float, float]
) -> list[Signal]:
    return [
        Signal(
            code=Code.IMAGE_TAMPERED,
            file=file,
            page=page,
            bbox=_to_points(region, scale, offset),
            text=region.reason,
            message=f"第 {page} 页扫描图像局部异常：{region.reason}",
            # The same sign in several places of a page is one cause: its measured figures
            # (a ratio, a z, a count of blocks) differ from place to place, its words do not.
            reason=re.sub(r"[\d.]+", "#", region.reason),
        )
        for region in regions
    ]


def image_file_signals(
    data: bytes, file: str, page_width_pt: float | None = None, places: FigurePlaces | None = None
) -> list[Signal]:
    """IMAGE_TAMPERED signals of a JPG/PNG/TIFF attachment (first frame).

    ``places``: where the page's key fields and other figures were read, in points (the page
    as a reader sees it; only for an image read upright and not flattened).
    """
    # Decoded here, not taken from extraction's renderer: the JPEG block grid (decoded_ycc) lies in
    # the orientation the bytes hold, before any EXIF turn or white ground a page render applies.
    with Image.open(io.BytesIO(data)) as image:
        rgb = np.asarray(image.convert("RGB"))
    width = page_width_pt or rgb.shape[1] * _A4_LONG_PT / max(rgb.shape[:2])
    scale = width / rgb.shape[1]
    figures = places.in_pixels(scale, (0.0, 0.0)) if places else None
    return _signals(tampered_regions(rgb, jpeg_blocks.decoded_ycc(data), figures), file, 1, scale, (0.0, 0.0))


def pdf_image_signals(
    data: bytes, file: str, pages: set[int] | None = None, places: dict[int, FigurePlaces] | None = None
) -> list[Signal]:
    """IMAGE_TAMPERED signals of the large raster images (scans) embedded in a PDF's pages.

    ``places``: page number -> where its key fields and other figures were read, in points
    (pages read upright only).
    """
    signals: list[Signal] = []
    # The embedded scan's own encoded stream, not a render of the page: a render re-samples it and
    # loses the JPEG blocks and noise that show a paste.
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for index in range(doc.page_count):
            number = index + 1
            if pages is not None and number not in pages:
                continue
            page = doc[index]
            for info in page.get_images(full=True):
                xref = info[0]
                rects = page.get_image_rects(xref)
                if not rects or rects[0].width * rects[0].height < 0.3 * page.rect.width * page.rect.height:
                    continue  # logos, seals and signatures are not scans of the page
                extracted = doc.extract_image(xref)
                if not extracted:
                    continue
                with Image.open(io.BytesIO(extracted["image"])) as image:
                    rgb = np.asarray(image.convert("RGB"))
                rect = rects[0]
                scale = rect.width / rgb.shape[1]
                ycc = jpeg_blocks.decoded_ycc(extracted["image"])
                where = (places or {}).get(number) if page.rotation == 0 else None
                figures = where.in_pixels(scale, (rect.x0, rect.y0)) if where else None
                signals += _signals(
                    tampered_regions(rgb, ycc, figures), file, number, scale, (rect.x0, rect.y0)
                )
    return signals
