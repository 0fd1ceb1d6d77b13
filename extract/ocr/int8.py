"""Int8 copies of the PP-OCR detection and recognition models, built once here from the rapidocr wheel's own.

Why: on a 2-core Xeon with AVX-512 VNNI and AMX, ONNX Runtime's int8 convolution
(QLinearConv) runs the detector ~4x and the recogniser ~1.5x faster than the
float models, and a scanned page spends ~85 % of its time in those two. On
the committed samples the int8 pair read the same fields, one separator
character aside (`jianzheng evaluate`); the README gives the figures.

How (ONNX Runtime's static quantisation; nothing is downloaded):
1. the wheel's model is lifted to opset 13 (per-channel quantisation needs it);
2. ONNX Runtime's extended graph optimisations are applied first and saved,
   so that its fused operators (Gelu, FusedMatMul, LayerNormalization) stay
   fused: quantising the raw graph split them into dozens of small
   quantise/dequantise steps that cost more than int8 saved;
3. only Conv is quantised (QDQ, per-channel int8 weights, uint8 activations,
   min-max ranges): attention MatMuls and Softmax in int8 were slower here;
4. activation ranges are calibrated on real page images: the sample scans
   and photos committed with the project (or any folder of scans given to
   `jianzheng models build --images`), the detector on whole pages, the
   recogniser on the lines the float detector finds on them.

Int8 is used only where the CPU has VNNI: on AVX2/AVX-512 without it ONNX
Runtime's u8s8 kernels can saturate (its quantisation guide), and the float
models stay the default there, as on a GPU.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np

log = logging.getLogger(__name__)

RECIPE = 1
"""Bump when the steps above change: models built by an older recipe are rebuilt, not reused."""

KINDS = ("det", "rec")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
MAX_PAGES = 24
MAX_LINES = 300
CALIBRATION_DPI = 200


VNNI_FLAGS = ("avx512_vnni", "avx_vnni", "amx_int8")


def has_vnni(cpuinfo: str) -> bool:
    """Whether /proc/cpuinfo text names a VNNI (or AMX int8) instruction set."""
    return any(flag in VNNI_FLAGS for flag in cpuinfo.split())


@cache
def cpu_has_vnni() -> bool:
    """Whether this CPU has VNNI (Linux: /proc/cpuinfo; elsewhere assumed not, so float models run)."""
    try:
        return has_vnni(Path("/proc/cpuinfo").read_text(errors="replace"))
    except OSError:
        return False


def model_dir() -> Path:
    """Where built models live: $JIANZHENG_MODELS, else beside the installation (sys.prefix/share)."""
    env = os.environ.get("JIANZHENG_MODELS")
    return Path(env) if env else Path(sys.prefix) / "share" / "jianzheng" / "models"


@cache
def source_model(kind: str) -> Path:
    """The float model rapidocr itself loads for ``kind`` ("det" or "rec")."""
    import rapidocr

    folder = Path(rapidocr.__file__).parent / "models"
    found = sorted(folder.glob(f"PP-OCRv*_{kind}_*.onnx"))
    if not found:
        raise FileNotFoundError(f"rapidocr 安装中没有 {kind} 模型（{folder}）")
    return found[-1]


@cache
def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def target(kind: str) -> Path:
    """The int8 model's file for the installed float model and this recipe."""
    source = source_model(kind)
    return model_dir() / f"{source.stem}.int8-r{RECIPE}-{_digest(source)}.onnx"


def built_models() -> dict[str, Path] | None:
    """The int8 detection and recognition models, when both have been built for the installed wheel."""
    try:
        paths = {kind: target(kind) for kind in KINDS}
    except (FileNotFoundError, ImportError, OSError):
        return None
    return paths if all(p.is_file() for p in paths.values()) else None


def sample_images(root: Path) -> list[Path]:
    """Scans and photos under ``root`` (image files, and PDFs whose pages are images), in a stable order."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES | {".pdf"})


def _pages(files: Sequence[Path]) -> Iterator[np.ndarray]:
    """BGR page images: image files as they are, image-only PDF pages rendered at 200 DPI."""
    import pymupdf

    for path in files:
        if path.suffix.lower() != ".pdf":
            image = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if image is not None:
                yield image
            continue
        try:
            doc = pymupdf.open(path)
        except (pymupdf.FileDataError, RuntimeError, ValueError):
            continue  # the samples hold broken files on purpose
        with doc:
            if doc.needs_pass:
                continue
            for page in (doc[i] for i in range(doc.page_count)):
                if page.get_text("text").strip():
                    continue  # a text-layer page is not a scan
                pix = page.get_pixmap(dpi=CALIBRATION_DPI, alpha=False)
                rgb = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, 3)
                yield np.ascontiguousarray(rgb[:, :, ::-1])


def _calibration(files: Sequence[Path]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Detector inputs (whole pages) and recogniser inputs (line crops) as the float models see them."""
    from .rapid import det_side, tuned_params
    from .rapid_tuned import TunedRapidOCR

    ocr = TunedRapidOCR(tuned_params(None, "cpu", int8=False), 1, 1.15)
    detector, recognizer = ocr._load_det_model(), ocr._load_rec_model()
    preprocess = detector.get_preprocess()
    det_inputs: list[np.ndarray] = []
    crops: list[np.ndarray] = []
    for page in _pages(files):
        if len(det_inputs) >= MAX_PAGES:
            break
        side = det_side(max(page.shape[:2]))
        scale = min(side / max(page.shape[:2]), 1.0)
        small = (
            cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else page
        )
        preprocess.limit_side_len = detector.limit_side_len = max(small.shape[:2])
        tensor = preprocess(small)
        if tensor is None:
            continue
        det_inputs.append(tensor)
        boxes = detector(small).boxes
        if boxes is not None and len(boxes):
            crops.extend(ocr.crop_text_regions(page, (boxes / scale).astype(np.float32)))
    step = max(1, len(crops) // MAX_LINES)
    rec_inputs = [
        recognizer.resize_norm_img(c, max(c.shape[1] / max(c.shape[0], 1), 1.0))[np.newaxis].astype(
            np.float32
        )
        for c in crops[::step][:MAX_LINES]
    ]
    return det_inputs, rec_inputs


def _quantise(source: Path, inputs: list[np.ndarray], out: Path, work: Path) -> None:
    """Steps 1-3 of the module docstring, calibrated on ``inputs``."""
    import onnx
    import onnxruntime
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    lifted, optimised = work / f"{source.stem}.opset13.onnx", work / f"{source.stem}.optimised.onnx"
    model = onnx.load(str(source))
    onnx.save(version_converter.convert_version(model, 13), str(lifted))
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(optimised)
    session = onnxruntime.InferenceSession(str(lifted), options, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name

    class Reader(CalibrationDataReader):  # type: ignore[misc]  # onnxruntime ships no type hints
        def __init__(self) -> None:
            self._left = iter(inputs)

        def get_next(self) -> dict[str, Any] | None:
            tensor = next(self._left, None)
            return None if tensor is None else {name: tensor}

    partial = work / out.name
    root = logging.getLogger()
    level, root.level = root.level, logging.ERROR  # its advice to pre-process: step 2 is that
    try:
        quantize_static(
            str(optimised),
            str(partial),
            Reader(),
            quant_format=QuantFormat.QDQ,
            op_types_to_quantize=["Conv"],
            per_channel=True,
            activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8,
            calibrate_method=CalibrationMethod.MinMax,
        )
    finally:
        root.level = level
    # rapidocr reads the recogniser's character list from the model's metadata.
    quantised = onnx.load(str(partial))
    keep = {p.key for p in quantised.metadata_props}
    for prop in model.metadata_props:
        if prop.key not in keep:
            quantised.metadata_props.append(prop)
    onnx.save(quantised, str(partial))
    os.replace(partial, out)  # whole or not at all: an engine never loads a half-written model


def build(files: Sequence[Path]) -> dict[str, Path]:
    """Build both int8 models from the installed float ones, calibrated on these scans (images or PDFs)."""
    det_inputs, rec_inputs = _calibration(files)
    if len(det_inputs) < 4 or len(rec_inputs) < 50:
        raise ValueError(f"校准图像不足：{len(det_inputs)} 页、{len(rec_inputs)} 行（至少 4 页扫描件）")
    model_dir().mkdir(parents=True, exist_ok=True)
    built = {}
    with tempfile.TemporaryDirectory(dir=model_dir()) as tmp:
        for kind, inputs in (("det", det_inputs), ("rec", rec_inputs)):
            built[kind] = target(kind)
            _quantise(source_model(kind), inputs, built[kind], Path(tmp))
            log.info("built %s", built[kind])
    return built
