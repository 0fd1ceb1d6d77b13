"""PP-OCR (PP-OCRv6 detection and recognition) on ONNX Runtime, with the models inside the rapidocr wheel."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from jianzheng.models.errors import EngineError

from .base import OcrEngine, OcrLine
from .int8 import built_models as int8_models
from .int8 import cpu_has_vnni

# Why these settings (profiled on a 2-core machine with ONNX Runtime's op
# profiler and `jianzheng-dev bench`; the library defaults are the baseline):
# - recognition is 60-80 % of a scanned page and ~72 % of it is Conv, whose cost
#   grows with the padded width of each batch. rapidocr pads every batch to at
#   least 320 px (rec_img_shape [3, 48, 320]); short form fields ("甲方：") are
#   ~150 px, so a 48-px minimum cuts the padding (same text within 1 char in
#   1,277 on two pages). Larger batches pad more and were slower; 6 stays.
# - detection resizes the longest side to det_side(): PaddleOCR's own default
#   of 960 px for a 200-DPI page (rapidocr's default keeps up to 2,000 px, 4x
#   the area); on the real e-invoices rendered at 200 DPI, 960 found as many
#   characters as 1,280 and 1,600 (recall 0.96-0.98) at a third of the time.
#   Small images (<= 1,600 px, i.e. low-DPI scans) are detected at full size:
#   shrinking their already small text cost 2 points of recall;
# - the per-line angle classifier is off: the page's orientation is settled once
#   (orientation()), and its detection pass is reused for the page's OCR when
#   the image is not changed in between, so detection never runs twice;
# - ONNX Runtime's memory arena stays on (rapidocr turns it off), which avoids
#   reallocating for every recognition batch of a new width;
# - recognition batches hold lines of nearly one width, at most REC_BATCH, and
#   run side by side on one ONNX Runtime thread each (rapid_tuned.py says why).
# - on CPUs with VNNI, an int8 copy of the detector (int8.py: static
#   quantisation of Conv only, after ONNX Runtime's own fusions) runs where
#   `jianzheng models build` made it; the recogniser stays float (int8.py says
#   why). Dynamic quantisation of the recogniser was tried first and left out:
#   ConvInteger gained nothing and 5 % of argmaxes moved.
REVISION = 4  # 4: a line the seal band cuts through is detected again whole (cached lines of 3 may lack it)
"""Part of the engine's key: bump when a change here changes what a page reads, so cached lines are not reused."""
DET_SIDE = 960
FULL_SIZE_UP_TO = 1600
REC_BATCH = 6
REC_MIN_WIDTH = 48
REC_SPREAD = 1.15


def det_side(long_side: int) -> int:
    """The longest side detection runs at, for an image with this longest side."""
    if long_side <= FULL_SIZE_UP_TO:
        return long_side
    return max(DET_SIDE, round(long_side / 2.4))


def tuned_params(threads: int | None, device: str, *, int8: bool = True) -> dict[str, Any]:
    """The rapidocr configuration this project runs with.

    ``int8``: on a CPU with VNNI, the int8 text detector (int8.py) where
    `jianzheng models build` has built it.
    """
    threads = threads or os.cpu_count() or 1
    models = int8_models() if int8 and device == "cpu" and cpu_has_vnni() else None
    return {
        "Global.use_cls": False,
        "Global.log_level": "error",
        "Global.max_side_len": 4000,
        "Det.limit_type": "max",
        "Det.limit_side_len": DET_SIDE,
        "Rec.rec_batch_num": REC_BATCH,
        "Rec.rec_img_shape": [3, 48, REC_MIN_WIDTH],
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
        "EngineConfig.onnxruntime.use_cuda": device == "cuda",
    } | ({f"{kind.capitalize()}.model_path": str(path) for kind, path in models.items()} if models else {})


def baseline_params() -> dict[str, Any]:
    """rapidocr's defaults (what a user would otherwise run), less its log chatter."""
    return {"Global.log_level": "error"}


class RapidOcrEngine(OcrEngine):
    """RapidOCR with the project's settings (or any rapidocr params, for the benchmark's baseline)."""

    name = "rapidocr"

    def __init__(
        self,
        *,
        threads: int | None = None,
        device: str = "cpu",
        int8: bool = True,
        params: dict[str, Any] | None = None,
    ) -> None:
        try:
            from rapidocr import RapidOCR

            from .rapid_tuned import TunedRapidOCR
        except ImportError as exc:
            raise EngineError("OCR 引擎 rapidocr 未安装") from exc
        if device == "cuda":
            import onnxruntime

            if "CUDAExecutionProvider" not in onnxruntime.get_available_providers():
                raise EngineError(
                    "ONNX Runtime 没有 CUDA 执行提供程序：请安装 onnxruntime-gpu，或设 ocr_device=cpu"
                )
        self.device = device
        self.tuned = params is None
        self.params = params if params is not None else tuned_params(threads, device, int8=int8)
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        # The GPU runs one batch at a time; on the CPU each thread runs its own batch.
        workers = 1 if device == "cuda" else (threads or os.cpu_count() or 1)
        self._ocr = (
            TunedRapidOCR(self.params, workers, REC_SPREAD) if self.tuned else RapidOCR(params=self.params)
        )
        # Detection boxes of the last image orientation() looked at, reused by recognize().
        self._detected: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def key(self) -> str:
        # A model's file name names its recipe and source; where it is installed does not matter.
        settings = ",".join(
            f"{k}={Path(v).name if k.endswith('model_path') else v}"
            for k, v in sorted(self.params.items())
            if "thread" not in k
        )
        batching = f",rec_spread={REC_SPREAD}" if self.tuned else ""  # padding moves a few scores
        return f"{self.name}:{settings}{batching},rev={REVISION}"

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """Detect and recognise the lines of an RGB image."""
        detected, self._detected = self._detected, None
        if detected is not None and detected[0] is image:
            return self._recognize_boxes(image, detected[1])
        if self.tuned and min(image.shape[:2]) >= MIN_DETECT_SIDE:
            return self._recognize_boxes(image, self._detect(image))
        result: Any = self._ocr(np.ascontiguousarray(image[:, :, ::-1]))
        if getattr(result, "txts", None) is None or getattr(result, "boxes", None) is None:
            return []
        return _lines(result.txts, result.scores, result.boxes, 0.0)

    def _detect(self, image: np.ndarray) -> np.ndarray:
        """Text boxes of an RGB image (in its pixels), found at det_side() on its light greys faded."""
        scale = min(det_side(max(image.shape[:2])) / max(image.shape[:2]), 1.0)
        thumb = (
            cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else image
        )
        detector = self._ocr._load_det_model()
        detector.limit_side_len = max(thumb.shape[:2])

        def found(img: np.ndarray) -> np.ndarray:
            boxes = detector(np.ascontiguousarray(img[:, :, ::-1])).boxes
            return np.zeros((0, 4, 2), np.float32) if boxes is None else np.asarray(boxes, np.float32)

        faded = fade_light_grey(thumb)
        boxes = found(faded)
        if faded is not thumb:
            # Fading also took faint print (an old licence's light-grey dates): lines only the
            # unfaded page shows come back (faint_lines says which).
            boxes = faint_lines(boxes, found(thumb))
        return (boxes / scale).astype(np.float32)

    def _keep(self, image: np.ndarray, boxes: np.ndarray) -> None:
        """Remember this detection for recognize(), where it is what the page's detection would be."""
        self._detected = (image, boxes) if self.tuned else None

    def image_changed(self, old: np.ndarray, new: np.ndarray, matrix: np.ndarray | None) -> None:
        """Carry the detected boxes over to the straightened, flattened or seal-lifted image."""
        if self._detected is None or self._detected[0] is not old:
            return
        boxes = self._detected[1]
        if matrix is not None and len(boxes):
            if matrix.shape == (3, 3):  # a photo's sheet flattened by a perspective transform
                flat = cv2.perspectiveTransform(boxes.reshape(-1, 1, 2).astype(np.float32), matrix)
                boxes = flat.reshape(boxes.shape).astype(np.float32)
            else:
                boxes = (boxes @ matrix[:, :2].T + matrix[:, 2]).astype(np.float32)
        self._detected = (new, boxes)

    def rows_changed(self, old: np.ndarray, new: np.ndarray, bands: list[tuple[int, int]]) -> None:
        """Detect the changed bands of rows again and keep the rest of the page's detection.

        Lines found while a seal's ring text crossed them come out broken; a band
        at the page's detection scale costs a fraction of a whole detection pass.
        """
        if self._detected is None or self._detected[0] is not old:
            return
        boxes = self._detected[1]
        scale = min(det_side(max(new.shape[:2])) / max(new.shape[:2]), 1.0)
        detector = self._ocr._load_det_model()
        found = []
        for y0, y1 in bands:
            top, bottom = y0, y1
            if len(boxes):
                centres = boxes[:, :, 1].mean(axis=1)
                inside = (centres >= y0) & (centres < y1)
                if inside.any():
                    # A line the band's edge cuts through is detected again whole, or not at all
                    # (a seller's name just above an invoice's seal, its centre inside the band).
                    top = max(0, min(y0, int(boxes[inside][:, :, 1].min())))
                    bottom = min(new.shape[0], max(y1, int(np.ceil(boxes[inside][:, :, 1].max())) + 1))
                boxes = boxes[~inside]
            band = new[top:bottom]
            if scale < 1:
                band = cv2.resize(band, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            detector.limit_side_len = max(band.shape[:2])
            # Not faded: a band is mostly its seal, lifted to light grey, and fading that moved its lines.
            got = detector(np.ascontiguousarray(band[:, :, ::-1])).boxes
            if got is None or len(got) == 0:
                continue
            got = got.astype(np.float32) / scale
            got[:, :, 1] += top
            centres = got[:, :, 1].mean(axis=1)
            found.append(got[(centres >= y0) & (centres < y1)])
        self._detected = (new, np.concatenate([boxes, *found]).astype(np.float32) if found else boxes)

    def _recognize_boxes(self, image: np.ndarray, boxes: np.ndarray) -> list[OcrLine]:
        """Recognition only, on boxes already found (in this image's pixels)."""
        if len(boxes) == 0:
            return []
        from rapidocr.main import RapidOCRError

        # Cropping is the same in any channel order: the crops, not the page (~15 ms), go to BGR.
        crops = [np.ascontiguousarray(c[:, :, ::-1]) for c in self._ocr.crop_text_regions(image, boxes)]
        try:
            result = self._ocr.recognize_txt(crops)
        except RapidOCRError:  # rapidocr's way of saying "no text in these boxes"
            return []
        if result.txts is None:
            return []
        return _lines(result.txts, result.scores, boxes, float(self._ocr.text_score))

    def orientation(self, image: np.ndarray) -> int:
        """Quarter-turns from the text lines' shape on a thumbnail, then 0/180 from the angle model.

        Detection on a 960-px thumbnail costs ~60 ms; lines taller than wide
        mean the page lies on its side. The classifier then votes on the ten
        widest lines cut from the full image, which settles upside-down pages.
        """
        scale = min(det_side(max(image.shape[:2])) / max(image.shape[:2]), 1.0)
        found = self._detect(image)
        self._keep(image, found)
        if len(found) == 0:
            return 0
        boxes = found * scale  # on the thumbnail, as the quarter-turn test below measures them
        spans = [(float(np.ptp(b[:, 0])), float(np.ptp(b[:, 1]))) for b in boxes]
        wide = sum(1 for w, h in spans if w > 1.5 * h)
        tall = sum(1 for w, h in spans if h > 1.5 * w)
        quarter = tall > wide and tall >= 3
        # The widest lines carry the most evidence for the angle model.
        order = np.argsort([-(h if quarter else w) for w, h in spans])[:10]
        crops: list[np.ndarray] = []
        for i in order:
            x0, y0 = (boxes[i].min(axis=0) / scale).astype(int)
            x1, y1 = (boxes[i].max(axis=0) / scale).astype(int)
            crop = image[max(y0, 0) : y1, max(x0, 0) : x1]
            if crop.size == 0:
                continue
            if quarter:
                crop = cv2.rotate(crop, cv2.ROTATE_90_CLOCKWISE)
            crops.extend(np.ascontiguousarray(piece[:, :, ::-1]) for piece in classifier_pieces(crop))
        if not crops:
            return 90 if quarter else 0
        classifier = self._ocr._load_cls_model()
        labels = classifier(crops).cls_res or []
        flipped = sum(1 for label, score in labels if "180" in label and score > 0.7)
        upside_down = flipped * 2 > len(crops)
        angle = ((90 if quarter else 0) + (180 if upside_down else 0)) % 360
        if angle:
            self._detected = None  # the page will be turned: these boxes no longer fit
        return angle


FADE_SHARE = 0.3
"""Greys lighter than paper minus this share of the paper-to-ink contrast are faded to white for detection."""
FADE_MIN_CONTRAST = 80
INK_PERCENTILE = 1.0
FADE_PAPER_MARGIN = 12
"""Greys within this much of the paper are paper (its grain, a scan's noise), not a watermark."""
FADE_MAX_CHROMA = 32
"""A pixel whose channels spread more than this (0-255) is coloured print, never faded."""
FADE_MIN_SHARE = 0.002
"""Share of the page in light-grey strokes at least 3 px wide (on the detector's image) that calls for fading."""
_OPEN = np.ones((3, 3), np.uint8)
MIN_DETECT_SIDE = 64
"""Smaller images (a single cut-out line) go through rapidocr's own pipeline, which pads them first."""


def fade_light_grey(image: np.ndarray) -> np.ndarray:
    """The image with its light greys (far lighter than its ink) made paper-white, for the detector only.

    A diagonal watermark (此复印件仅供年检使用) is light grey print across the
    text; the detector's text map joins its big strokes with the lines they
    cross into one slanted region, whose box it then drops, and the line is
    lost (a contract's amount line, on a sample scan). Ink stays: the cut
    lies between the page's paper and its darkest 1 % (its ink). Recognition
    still reads the unfaded image.
    """
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    ink, paper = np.percentile(gray[::3, ::3], (INK_PERCENTILE, 50))
    if paper - ink < FADE_MIN_CONTRAST:
        return image  # a faint or blank page: nothing tells ink from a watermark
    light = gray >= paper - FADE_SHARE * (paper - ink)
    if image.ndim == 3:
        # Only neutral greys: a form's coloured print (an e-invoice's brown labels and frame) is not a watermark.
        light &= (image.max(axis=2).astype(np.int16) - image.min(axis=2)) <= FADE_MAX_CHROMA
    # Only where broad light-grey strokes are there: every page has light greys on the rims of its
    # ink, a pixel wide, and fading those too moved other lines' boxes (a table row lost its "1").
    broad = cv2.morphologyEx(
        (light & (gray <= paper - FADE_PAPER_MARGIN)).astype(np.uint8), cv2.MORPH_OPEN, _OPEN
    )
    if broad.mean() < FADE_MIN_SHARE:
        return image
    faded = image.copy()
    faded[light] = 255
    return faded


FAINT_MAX_SLANT = 0.05
"""A line found only on the unfaded page is taken when its top edge rises less than this (a diagonal watermark's more)."""


def faint_lines(faded: np.ndarray, plain: np.ndarray) -> np.ndarray:
    """The faded page's boxes, with the level lines only the unfaded page shows added.

    A level unfaded line that overlaps no faded box is faint print that fading
    lost. Any overlap keeps the faded boxes as they are: a box that also
    reaches into a watermark, or the same line a few pixels wider, would only
    move what recognition reads.
    """
    if len(plain) == 0:
        return faded
    lo, hi = faded.min(axis=1), faded.max(axis=1)
    added = []
    for box in plain:
        (x0, y0), (x1, y1) = box.min(axis=0), box.max(axis=0)
        top = box[1] - box[0]
        if abs(top[1]) > FAINT_MAX_SLANT * max(abs(top[0]), 1.0):
            continue
        inter = np.prod(np.clip(np.minimum(hi, [x1, y1]) - np.maximum(lo, [x0, y0]), 0, None), axis=1)
        if not (inter > 0).any():
            added.append(box)
    if not added:
        return faded
    return np.concatenate([faded, np.asarray(added, np.float32)]).astype(np.float32)


CLS_ASPECT = 4
"""The angle classifier's input is 48x192: a wider crop is squeezed to fit."""
CLS_PIECES = 3


def classifier_pieces(line: np.ndarray) -> list[np.ndarray]:
    """Up to three pieces of a text line, each as wide as the angle classifier's input is (4x its height).

    A whole line of a page is 15-25x as wide as high; squeezed to 4:1 its
    characters lose the strokes that tell upright from upside down, and the
    classifier's votes on an upside-down page split (measured: 5 of 10).
    """
    height, width = line.shape[:2]
    step = CLS_ASPECT * max(height, 1)
    if width <= step * 1.5:
        return [line]
    starts = np.linspace(0, width - step, num=min(CLS_PIECES, width // step)).astype(int)
    return [line[:, x : x + step] for x in starts]


def _lines(texts: Any, scores: Any, boxes: Any, min_score: float) -> list[OcrLine]:
    """OcrLines from rapidocr's parallel arrays, polygons reduced to bounding boxes."""
    lines = []
    for text, score, poly in zip(texts, scores, boxes, strict=False):
        if not str(text).strip() or float(score) < min_score:
            continue
        xs, ys = poly[:, 0], poly[:, 1]
        box = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
        lines.append(OcrLine(text=str(text), box=box, confidence=float(score)))
    return lines
