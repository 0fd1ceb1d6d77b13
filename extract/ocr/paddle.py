"""The `paddleocr` package as an engine, for sites that have it and its models installed (optional extra)."""

from __future__ import annotations

from typing import Any

import numpy as np

from jianzheng.models.errors import EngineError

from .base import OcrEngine, OcrLine


class PaddleOcrEngine(OcrEngine):
    """PaddleOCR's own pipeline (its models must already be on disk; nothing is downloaded here)."""

    name = "paddleocr"

    def __init__(self, device: str = "cpu") -> None:
        try:
            from paddleocr import PaddleOCR  # type: ignore[import-not-found]
        except ImportError as exc:
            raise EngineError(
                "OCR 引擎 paddleocr 未安装：pip install 'jianzheng[paddle]'，或改用 rapidocr"
            ) from exc
        self.device = device
        self._ocr: Any = PaddleOCR(
            use_doc_orientation_classify=False,
            use_doc_unwarping=False,
            use_textline_orientation=False,
            device="gpu" if device == "cuda" else "cpu",
        )

    @property
    def key(self) -> str:
        return f"{self.name}:{self.device}"

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """Lines from PaddleOCR's predict(); polygons are reduced to their bounding boxes."""
        lines: list[OcrLine] = []
        for result in self._ocr.predict(np.ascontiguousarray(image[:, :, ::-1])):
            for text, score, poly in zip(
                result["rec_texts"], result["rec_scores"], result["rec_polys"], strict=False
            ):
                xs, ys = poly[:, 0], poly[:, 1]
                box = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
                lines.append(OcrLine(text=str(text), box=box, confidence=float(score)))
        return lines
