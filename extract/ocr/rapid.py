"""PP-OCR (PP-OCRv6 detection and recognition) on ONNX Runtime, with the models inside the rapidocr wheel."""

from __future__ import annotations

import logging
import os
from typing import Any

import cv2
import numpy as np

from jianzheng.models.errors import EngineError

from .base import OcrEngine, OcrLine

# Why these settings (profiled with `jianzheng bench` on a 2-core machine; the
# library defaults are the baseline it reports beside them):
# - the angle classifier runs per text line by default; documents are upright
#   once the page's orientation is fixed, so it runs once per page on a few
#   lines (orientation()) instead;
# - detection resizes by the longest side to DET_SIDE px: small print at 200 DPI
#   stays >= 8 px high, and the detector's cost grows with the area;
# - ONNX Runtime's memory arena stays on (rapidocr turns it off), which avoids
#   reallocating for every recognition batch of a new width;
# - recognition batches of REC_BATCH lines sorted by width waste little padding.
DET_SIDE = 1600
REC_BATCH = 8
THUMB_SIDE = 960


def tuned_params(threads: int | None, device: str) -> dict[str, Any]:
    """The rapidocr configuration this project runs with."""
    threads = threads or os.cpu_count() or 1
    return {
        "Global.use_cls": False,
        "Global.log_level": "error",
        "Global.max_side_len": 4000,
        "Det.limit_type": "max",
        "Det.limit_side_len": DET_SIDE,
        "Rec.rec_batch_num": REC_BATCH,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
        "EngineConfig.onnxruntime.use_cuda": device == "cuda",
    }


def baseline_params() -> dict[str, Any]:
    """rapidocr's defaults (what a user would otherwise run), less its log chatter."""
    return {"Global.log_level": "error"}


class RapidOcrEngine(OcrEngine):
    """RapidOCR with the project's settings (or any rapidocr params, for the benchmark's baseline)."""

    name = "rapidocr"

    def __init__(
        self, *, threads: int | None = None, device: str = "cpu", params: dict[str, Any] | None = None
    ) -> None:
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:
            raise EngineError("OCR 引擎 rapidocr 未安装") from exc
        if device == "cuda":
            import onnxruntime

            if "CUDAExecutionProvider" not in onnxruntime.get_available_providers():
                raise EngineError(
                    "ONNX Runtime 没有 CUDA 执行提供程序：请安装 onnxruntime-gpu，或设 ocr_device=cpu"
                )
        self.device = device
        self.params = params if params is not None else tuned_params(threads, device)
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        self._ocr = RapidOCR(params=self.params)

    @property
    def key(self) -> str:
        settings = ",".join(f"{k}={v}" for k, v in sorted(self.params.items()) if "thread" not in k)
        return f"{self.name}:{settings}"

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """Detect and recognise the lines of an RGB image."""
        result: Any = self._ocr(np.ascontiguousarray(image[:, :, ::-1]))
        if getattr(result, "txts", None) is None or getattr(result, "boxes", None) is None:
            return []
        lines = []
        for text, score, poly in zip(result.txts, result.scores, result.boxes, strict=False):
            if not str(text).strip():
                continue
            xs, ys = poly[:, 0], poly[:, 1]
            box = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
            lines.append(OcrLine(text=str(text), box=box, confidence=float(score)))
        return lines

    def orientation(self, image: np.ndarray) -> int:
        """Quarter-turns from the text lines' shape on a thumbnail, then 0/180 from the angle model.

        Detection on a 960-px thumbnail costs ~60 ms; lines taller than wide
        mean the page lies on its side. The classifier then votes on the ten
        widest lines cut from the full image, which settles upside-down pages.
        """
        scale = THUMB_SIDE / max(image.shape[:2])
        thumb = (
            cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else image
        )
        scale = min(scale, 1.0)
        detector = self._ocr._load_det_model()
        boxes = detector(np.ascontiguousarray(thumb[:, :, ::-1])).boxes
        if boxes is None or len(boxes) == 0:
            return 0
        spans = [(float(np.ptp(b[:, 0])), float(np.ptp(b[:, 1]))) for b in boxes]
        wide = sum(1 for w, h in spans if w > 1.5 * h)
        tall = sum(1 for w, h in spans if h > 1.5 * w)
        quarter = tall > wide and tall >= 3
        # The widest lines carry the most evidence for the angle model.
        order = np.argsort([-(h if quarter else w) for w, h in spans])[:10]
        crops = []
        for i in order:
            x0, y0 = (boxes[i].min(axis=0) / scale).astype(int)
            x1, y1 = (boxes[i].max(axis=0) / scale).astype(int)
            crop = image[max(y0, 0) : y1, max(x0, 0) : x1]
            if crop.size == 0:
                continue
            if quarter:
                crop = cv2.rotate(crop, cv2.ROTATE_90_CLOCKWISE)
            crops.append(np.ascontiguousarray(crop[:, :, ::-1]))
        if not crops:
            return 90 if quarter else 0
        classifier = self._ocr._load_cls_model()
        labels = classifier(crops).cls_res or []
        flipped = sum(1 for label, score in labels if "180" in label and score > 0.7)
        upside_down = flipped * 2 > len(crops)
        return ((90 if quarter else 0) + (180 if upside_down else 0)) % 360
