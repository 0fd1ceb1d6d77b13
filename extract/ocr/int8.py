"""An int8 copy of the PP-OCR text detector, built once here from the rapidocr wheel's own model.

Why: on this project's 2-core Xeon (AVX-512 VNNI, AMX) ONNX Runtime's int8
convolution (QLinearConv) runs the detector ~3x faster than the float model
(266 -> 87 ms for a 960-px page), and detection is a quarter to a third of
a scanned page's time. On the committed samples the int8 detector reads
the same fields as the float one (`jianzheng-dev evaluate`; the README gives the
figures).

The recogniser stays float. Quantised the same way it ran ~1.5x faster but
dropped one of three repeated zeros in "411,000.00" on a sample scan (CTC
keeps a repeated character only across a blank, and int8 rounding made the
blank less sure): money is what this tool checks.

How (ONNX Runtime's static quantisation; nothing is downloaded):
1. the wheel's model is lifted to opset 13 (per-channel quantisation needs it);
2. ONNX Runtime's extended graph optimisations are applied first and saved,
   so that its fused operators (Gelu and others) stay fused: quantising the
   raw graph split them into small quantise/dequantise steps that cost more
   than int8 saved;
3. only Conv is quantised (QDQ, per-channel int8 weights, uint8 activations,
   min-max ranges);
4. activation ranges are calibrated on page images: the sample scans and
   photos committed with the project, or any folder of scans given to
   `jianzheng models build --images`.

Int8 is used only where the CPU has VNNI: without it ONNX Runtime's u8s8
kernels can saturate (its quantisation guide), so the float model stays the
default there, as on a GPU.
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

RECIPE = 3
"""Bump when the steps above change: models built by an older recipe are rebuilt, not reused."""

KINDS = ("det",)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
MAX_PAGES = 24
MIN_PAGES = 4
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
    """The float model rapidocr itself loads for ``kind`` ("det", "rec", "cls")."""
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
    """The int8 models by kind ("det"), when built for the installed wheel."""
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


def _calibration(files: Sequence[Path]) -> list[np.ndarray]:
    """Detector inputs (whole pages, at the size detection runs at) as the float model sees them."""
    from .rapid import det_side, tuned_params
    from .rapid_tuned import TunedRapidOCR

    ocr = TunedRapidOCR(tuned_params(None, "cpu", int8=False), 1, 1.15)
    preprocess = ocr._load_det_model().get_preprocess()
    inputs: list[np.ndarray] = []
    for page in _pages(files):
        if len(inputs) >= MAX_PAGES:
            break
        scale = min(det_side(max(page.shape[:2])) / max(page.shape[:2]), 1.0)
        small = (
            cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else page
        )
        preprocess.limit_side_len = max(small.shape[:2])
        tensor = preprocess(small)
        if tensor is not None:
            inputs.append(tensor)
    return inputs


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
    # rapidocr reads what it needs to know of a model (a recogniser's characters) from its metadata.
    quantised = onnx.load(str(partial))
    keep = {p.key for p in quantised.metadata_props}
    for prop in model.metadata_props:
        if prop.key not in keep:
            quantised.metadata_props.append(prop)
    onnx.save(quantised, str(partial))
    os.replace(partial, out)  # whole or not at all: an engine never loads a half-written model


def build(files: Sequence[Path]) -> dict[str, Path]:
    """Build the int8 models from the installed float ones, calibrated on these scans (images or PDFs)."""
    inputs = _calibration(files)
    if len(inputs) < MIN_PAGES:
        raise ValueError(f"校准图像不足：{len(inputs)} 页（至少 {MIN_PAGES} 页扫描件）")
    model_dir().mkdir(parents=True, exist_ok=True)
    built = {}
    with tempfile.TemporaryDirectory(dir=model_dir()) as tmp:
        for kind in KINDS:
            built[kind] = target(kind)
            _quantise(source_model(kind), inputs, built[kind], Path(tmp))
            log.info("built %s", built[kind])
    return built
