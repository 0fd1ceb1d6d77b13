"""RapidOCR as this project runs it: recognition in batches of one width side by side, lighter detection set-up.

Measured with ONNX Runtime on 2 cores (PP-OCRv6 small models):

- a recognition batch costs ~0.1 ms of one core per padded 48x1 column whatever
  its size, so the only waste is padding, which rapidocr's fixed batches of six
  sorted lines leave at ~18 % of the columns; batches of nearly one width
  (``spread``) leave ~3 %;
- two single-threaded recognition runs side by side do the same work for ~40 %
  less CPU time than one run split over two threads (which waits on itself at
  every layer of a 48-px-high input), and in about half the wall time;
- detection and the angle classifier (one input per page) keep the configured
  threads, but idle ones sleep instead of spinning: on a machine busy with other
  work, spinning cost ~20 % more CPU for no shorter wall time;
- rapidocr normalises the detector's input in float64 (~30 ms for a 960-px
  page); float32 gives the same tensor in ~3 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import onnxruntime
from rapidocr import RapidOCR
from rapidocr.ch_ppocr_det.utils import DetPreProcess
from rapidocr.ch_ppocr_rec import TextRecInput, TextRecOutput

_MIN_RATIO = 1.0  # lines narrower than they are high are padded to a square (rec_img_shape 48x48)


def rec_batches(ratios: Sequence[float], size: int, spread: float) -> list[list[int]]:
    """Indices of text crops (by width/height ratio) grouped into batches, narrowest first.

    Each batch is padded to its widest crop, so a batch takes crops only while
    they stay within ``spread`` times its first (narrowest) one, and at most ``size``.
    """
    batches: list[list[int]] = []
    first = 0.0
    for i in sorted(range(len(ratios)), key=lambda i: ratios[i]):
        ratio = max(ratios[i], _MIN_RATIO)
        if batches and len(batches[-1]) < size and ratio <= first * spread:
            batches[-1].append(i)
        else:
            batches.append([i])
            first = ratio
    return batches


class Float32DetPreProcess(DetPreProcess):
    """rapidocr's detection preprocessing (resize to multiples of 32, normalise, CHW) in float32."""

    def __call__(self, img: np.ndarray) -> np.ndarray | None:
        resized = self.resize(img)
        if resized is None:
            return None
        scale = (self.scale / self.std).astype(np.float32)
        offset = (self.mean / self.std).astype(np.float32)
        tensor = resized.astype(np.float32)
        tensor *= scale
        tensor -= offset
        return np.ascontiguousarray(tensor.transpose(2, 0, 1))[np.newaxis]


def _without_spinning(holder: Any) -> None:
    """Rebuild an rapidocr session holder's ONNX Runtime session with sleeping (not spinning) idle threads."""
    old: onnxruntime.InferenceSession = holder.session
    options = old.get_session_options()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    holder.session = onnxruntime.InferenceSession(
        old._model_path, sess_options=options, providers=old.get_providers()
    )


class TunedRapidOCR(RapidOCR):
    """RapidOCR with the changes above; ``workers`` recognition runs at once (1 on a GPU).

    ``spread``: a batch's widest line is at most this many times as wide (per
    unit height) as its narrowest.
    """

    def __init__(self, params: dict[str, Any], workers: int, spread: float) -> None:
        self.workers = max(1, workers)
        self.spread = spread
        self._pool = (
            ThreadPoolExecutor(self.workers, thread_name_prefix="ocr-rec") if self.workers > 1 else None
        )
        super().__init__(params=params)

    def _cpu(self) -> bool:
        return not self.cfg.EngineConfig.onnxruntime.use_cuda

    def _load_det_model(self) -> Any:
        if self.text_det is not None:
            return self.text_det
        detector = super()._load_det_model()
        detector.get_preprocess = lambda: Float32DetPreProcess(
            detector.limit_side_len, detector.limit_type, detector.mean, detector.std
        )
        if self._cpu():
            _without_spinning(detector.session)
        return detector

    def _load_cls_model(self) -> Any:
        if self.text_cls is not None:
            return self.text_cls
        classifier = super()._load_cls_model()
        if self._cpu():
            _without_spinning(classifier.session)
        return classifier

    def _load_rec_model(self) -> Any:
        """The recogniser, its ONNX Runtime session on one thread when runs go side by side."""
        if self.text_rec is not None or self._pool is None:
            return super()._load_rec_model()
        engine_cfg = self.cfg.EngineConfig.onnxruntime  # copied into Rec's config when it loads
        threads, engine_cfg.intra_op_num_threads = engine_cfg.intra_op_num_threads, 1
        try:
            return super()._load_rec_model()
        finally:
            engine_cfg.intra_op_num_threads = threads

    def recognize_txt(self, img: list[np.ndarray]) -> TextRecOutput:
        """Texts and scores of the crops, in their order (rapidocr's step, batched as above)."""
        recognizer = self._load_rec_model()
        ratios = [crop.shape[1] / max(crop.shape[0], 1) for crop in img]
        # The widest batches go first, so that the workers run out of work together.
        batches = rec_batches(ratios, int(self.cfg.Rec.rec_batch_num), self.spread)[::-1]

        def run(batch: list[int]) -> TextRecOutput:
            return recognizer(TextRecInput(img=[img[i] for i in batch]))

        outputs = list(self._pool.map(run, batches)) if self._pool else [run(b) for b in batches]
        texts, scores = [""] * len(img), [0.0] * len(img)
        for batch, output in zip(batches, outputs, strict=True):
            for i, text, score in zip(batch, output.txts or (), output.scores, strict=False):
                texts[i], scores[i] = text, float(score)
        return TextRecOutput(
            imgs=img,
            txts=tuple(texts),  # type: ignore[arg-type]  # rapidocr annotates a 1-tuple
            scores=scores,
            word_results=tuple(None for _ in img),  # type: ignore[arg-type]  # what rapidocr itself puts there
            elapse=0.0,
        )
