"""IMAGE_TAMPERED: local inconsistency in a scanned page image.

Nine signs (DETECTORS; each Region names its sign), each conservative:

* quiet_bands (noise_signs.py): a scan carries sensor and paper noise everywhere; a patch pasted
  from a clean render carries none: a line-wide band of paper with no noise at all. (A seventh
  sign, cells quieter than the page, was removed: noise_signs.py says why.)
* noisy_patches (noise_signs.py): the only sign on a 1-bit page stored losslessly: its pixels are
  exactly black or white, save in a pasted area that brought levels of its own.
* grey_colour, paper_tint, sharp_lines (jpeg_blocks.py, sharp_blocks.py), uniform_runs
  (uniform_runs.py): where compression erased the noise, the JPEG blocks still show a grey page
  with tinted paper in one place, a tinted page with paper of another colour in one place, text
  whose edges are render-sharp on a page the scanner softened, or blank paper along a line
  exactly flat at a level the paper around it rarely takes.
* sharper_fields (sharp_blocks.py): a located key field's figures sharper than the page's other
  figures.
* white_boxes (white_boxes.py): a key field (its figures, or its whole place) on a box whiter than
  the page's paper, with straight sharp edges, on paper the scanner left below white.
* clones (clones.py): an area identical up to JPEG rounding to another at one shift, on a page
  with real scan noise.

What the report says (reported) consults the page-wide signs in turn: the first that found
anything speaks. every_sign runs each alone, so that the scan-condition matrix can measure what
each finds that no other does (verify/forensics/README.md, "Detectors compared": on 2026-12-02
every sign had finds of its own, grey_colour only in its unit test, and none warned a clean page;
on 2026-12-03 the noise sign warned 4 clean pages of the fresh family's scanner and went).

No library does these at this granularity on document scans, hence numpy.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

import cv2
import numpy as np
import pymupdf
from PIL import Image

from jianzheng.models import BBox, Code

from . import jpeg_blocks, page_kind, sharp_blocks
from .clones import clone_regions
from .config import thresholds
from .noise_signs import noise_cells, noisy_patches, paper_mask, quiet_bands, residual_and_flat
from .regions import Region
from .seals import red_mask
from .signals import Signal, overlap
from .uniform_runs import uniform_runs
from .white_boxes import white_boxes

_A4_LONG_PT = 841.89


Box = tuple[int, int, int, int]
"""A box in image pixels (x0, y0, x1, y1)."""


@dataclass(frozen=True)
class FigurePlaces:
    """Where one page shows figures, in page points: its key fields' and all the others'; and the
    key fields' whole places (``areas``: an amount in capital numerals holds no figures)."""

    fields: list[BBox]
    figures: list[BBox]
    areas: list[BBox] = dataclass_field(default_factory=list)

    def in_pixels(self, scale: float, offset: tuple[float, float]) -> tuple[list[Box], list[Box]]:
        """Both figure lists as pixel boxes of an image placed at ``offset`` with ``scale`` points per pixel."""
        return [_px(b, scale, offset) for b in self.fields], [_px(b, scale, offset) for b in self.figures]

    def areas_in_pixels(self, scale: float, offset: tuple[float, float]) -> list[Box]:
        """The key fields' places as pixel boxes (as in_pixels)."""
        return [_px(b, scale, offset) for b in self.areas]


def _px(box: BBox, scale: float, offset: tuple[float, float]) -> Box:
    x0, y0, x1, y1 = box
    ox, oy = offset
    return (int((x0 - ox) / scale), int((y0 - oy) / scale), int((x1 - ox) / scale), int((y1 - oy) / scale))


def _red_ink(image: np.ndarray) -> np.ndarray | None:
    """The red-ink mask of a colour page; None for a grey one (or one saved as RGB with no colour)."""
    if image.ndim == 2 or image.shape[2] < 3:
        return None
    mask = red_mask(image)
    return mask if mask.any() else None


def to_gray(image: np.ndarray) -> np.ndarray:
    """A uint8 grey image from grey, RGB or RGBA input."""
    if image.ndim == 2:
        return image.astype(np.uint8)
    if image.shape[2] == 4:
        image = image[:, :, :3]
    return cv2.cvtColor(image.astype(np.uint8), cv2.COLOR_RGB2GRAY)


DETECTORS = (
    "quiet_bands",
    "noisy_patches",
    "grey_colour",
    "paper_tint",
    "sharp_lines",
    "uniform_runs",
    "sharper_fields",
    "white_boxes",
    "clones",
)
"""The signs' short names (Region.detector), in the order the report consults them."""

_STAGES = (("quiet_bands", "noisy_patches"), ("grey_colour", "paper_tint", "sharp_lines"), ("uniform_runs",))
"""The page-wide signs, in turn: a stage speaks only where every stage before it found nothing."""


def tampered_regions(
    image: np.ndarray,
    ycc: np.ndarray | None = None,
    figures: tuple[list[Box], list[Box]] | None = None,
    areas: list[Box] | None = None,
) -> list[Region]:
    """Every suspicious region of one page image (RGB or grey, uint8), as the report gives them.

    ``ycc`` is the JPEG's own decoded YCbCr of the same image (jpeg_blocks.decoded_ycc), when
    the image is a JPEG; the JPEG-block signs are looked for only then. ``figures`` holds the
    pixel boxes of the page's key fields with figures and of its other figures, when the
    page's text was read: each such field is also compared with the page's other figures.
    ``areas`` are the key fields' whole pixel boxes (figures or not), where a white box is looked for.
    """
    return reported(every_sign(image, ycc, figures, areas))


def reported(regions: list[Region]) -> list[Region]:
    """What the report says of one page, from every sign's regions (every_sign).

    The page-wide signs are consulted in turn (_STAGES), the first that found anything
    speaks; a key field sharper than the page's figures, or painted over white, is added
    where no region said yet lies, and a clone always.
    """
    said: list[Region] = []
    for stage in _STAGES:
        said = [r for r in regions if r.detector in stage]
        if said:
            break
    for region in regions:
        if region.detector in ("sharper_fields", "white_boxes") and not any(
            overlap(region.box, other.box) > 0 for other in said
        ):
            said.append(region)
    return said + [r for r in regions if r.detector == "clones"]


def every_sign(
    image: np.ndarray,
    ycc: np.ndarray | None = None,
    figures: tuple[list[Box], list[Box]] | None = None,
    areas: list[Box] | None = None,
) -> list[Region]:
    """Every sign's regions of one page image, each sign looking alone (arguments as tampered_regions).

    On a clean page every sign runs for the report anyway; this also runs the later page-wide
    signs where an earlier one found something, so that each sign's own finds can be measured
    (workshop/forensics/matrix.py).
    """
    gray = to_gray(image)
    if min(gray.shape) < 8 * thresholds().image.cell_px:
        return []  # too small to compare places
    if page_kind.is_bilevel(gray):
        # A 1-bit page has no noise or grey level left to compare, save where a paste brought its
        # own; a JPEG's rounding puts other levels along every stroke, so only a lossless one.
        return noisy_patches(gray) if ycc is None else []
    paper = paper_mask(image, gray)
    residual, flat = residual_and_flat(gray, paper)
    sigma, valid = noise_cells(residual, flat, thresholds().image.cell_px)
    page_noise = float(np.median(sigma[valid])) if valid.any() else 0.0
    if page_kind.is_photo(gray):
        # Light and focus drift across a photographed sheet: only an exact copy is a sign there.
        return clone_regions(gray, page_noise, _red_ink(image))
    regions = quiet_bands(residual, flat, gray)
    # Background removal flattened the paper and sharpened the print: edge steepness tells nothing
    # there, nor flat paper at the levels it was flattened to (page_kind, uniform_runs).
    judge_sharpness = not page_kind.is_cleaned(gray)
    if ycc is not None:
        # Where heavy compression erased the page's noise, the JPEG blocks still tell a paste
        # by its colour on a grey page or its render-sharp edges (jpeg_blocks.py, sharp_blocks.py). Only a JPEG
        # has those blocks: a lossless license render with its coloured emblem and seal is no
        # grey page with a tinted paste (a clean PNG license was flagged four times).
        regions += block_regions(image, sharpness=judge_sharpness)
    # A render (no noise anywhere on its paper) is flat everywhere: a flat run is its layout's.
    rendered = page_noise < thresholds().image.render_max_noise
    if ycc is not None and ycc.shape[:2] == gray.shape and not rendered:
        found = uniform_runs(ycc, cleaned=not judge_sharpness)
        runs = _merged([(r.box, r.score) for r in found if not r.papers_own])
        # A paste leaves its top and bottom margins (merged into one or two runs); flat paper
        # at odd levels in many places is the page's processing (a sharpened, flattened colour
        # scan of a real license had six), as with the quiet bands. Runs that are the paper's own
        # count as such places too, though they are no sign themselves.
        if len(_merged([(r.box, r.score) for r in found])) <= thresholds().image.uniform_max_runs:
            regions += [
                Region(
                    box,
                    "一行空白纸面完全平整且亮度与上下纸面不同，JPEG 分块与整页扫描不一致（疑似粘贴的干净图块）",
                    "uniform_runs",
                )
                for box, _ in runs
            ]
    if ycc is not None and figures is not None and judge_sharpness:
        regions += [
            Region(
                box,
                f"关键字段的数字边缘比本页其他数字锐利（z={z:.0f}），JPEG 分块特征与整页不一致（疑似粘贴的渲染图块）",
                "sharper_fields",
            )
            for box, z in sharp_blocks.sharper_fields(gray, *figures, sharp_blocks.colour_ink(image))
        ]
    keys = (figures[0] if figures is not None else []) + (areas or [])
    if keys:
        regions += white_boxes(gray, paper, flat, keys)
    return regions + clone_regions(gray, page_noise, _red_ink(image))


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


def block_regions(image: np.ndarray, *, sharpness: bool = True) -> list[Region]:
    """Pasted blocks found on the 8×8 JPEG grid: colour on a grey page, text sharper than the page's
    (not looked for when ``sharpness`` is off)."""
    ycc = jpeg_blocks.to_ycc(image)
    stats = jpeg_blocks.BlockStats(ycc)
    # Coloured ink (seals, pen) is neither paper nor print: no sign looks at it.
    ink = sharp_blocks.colour_ink(image)
    regions = [
        Region(
            box, "灰度扫描页中局部纸底带有颜色，JPEG 分块色度与整页不一致（疑似粘贴的图块）", "grey_colour"
        )
        for box in jpeg_blocks.colour_on_grey(ycc, stats, ink)
    ]
    regions += [
        Region(
            box,
            "局部纸底颜色与整页纸色不同，JPEG 分块色度与整页不一致（疑似从另一扫描件粘贴的图块）",
            "paper_tint",
        )
        for box in jpeg_blocks.off_tint(ycc, stats, ink)
    ]
    if not sharpness:
        return regions
    regions += [
        Region(
            box,
            f"局部文字边缘比周围文字锐利 {ratio:.1f} 倍，JPEG 分块特征与整页不一致（疑似粘贴的渲染图块）",
            "sharp_lines",
        )
        for box, ratio in sharp_blocks.sharp_regions(ycc[:, :, 0], stats, ink)
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
    areas = places.areas_in_pixels(scale, (0.0, 0.0)) if places else None
    regions = tampered_regions(rgb, jpeg_blocks.decoded_ycc(data), figures, areas)
    return _signals(regions, file, 1, scale, (0.0, 0.0))


@dataclass(frozen=True)
class ScanRegions:
    """One scan embedded in a PDF page: every sign's regions (every_sign) and where its pixels lie."""

    page: int
    regions: list[Region]
    scale: float
    """Points per pixel."""
    offset: tuple[float, float]
    """The image's top left corner on the page, in points."""

    def points(self, region: Region) -> BBox:
        """The region's box in page points."""
        return _to_points(region, self.scale, self.offset)

    def signals(self, file: str) -> list[Signal]:
        """The IMAGE_TAMPERED signals the report gives of this scan (reported)."""
        return _signals(reported(self.regions), file, self.page, self.scale, self.offset)


def pdf_image_signals(
    data: bytes, file: str, pages: set[int] | None = None, places: dict[int, FigurePlaces] | None = None
) -> list[Signal]:
    """IMAGE_TAMPERED signals of the large raster images (scans) embedded in a PDF's pages.

    ``places``: page number -> where its key fields and other figures were read, in points
    (pages read upright only).
    """
    return [signal for scan in pdf_scan_regions(data, pages, places) for signal in scan.signals(file)]


def pdf_scan_regions(
    data: bytes, pages: set[int] | None = None, places: dict[int, FigurePlaces] | None = None
) -> list[ScanRegions]:
    """Every sign's regions of each large raster image (a scan) embedded in a PDF's pages."""
    scans: list[ScanRegions] = []
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
                areas = where.areas_in_pixels(scale, (rect.x0, rect.y0)) if where else None
                regions = every_sign(rgb, ycc, figures, areas)
                scans.append(ScanRegions(number, regions, scale, (rect.x0, rect.y0)))
    return scans
