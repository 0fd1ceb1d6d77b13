"""The int8 text detector: used only where built and where the CPU has VNNI, and finding what the float one finds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pymupdf
import pytest
from typer.testing import CliRunner

from jianzheng.extract.ocr import int8, rapid
from jianzheng.extract.read import read_file
from jianzheng.service.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "corpus"


def test_vnni_is_read_from_the_cpu_flags():
    assert int8.has_vnni("flags : fpu sse avx2 avx512f avx512_vnni amx_tile")
    assert int8.has_vnni("flags : fpu avx2 avx_vnni")
    assert not int8.has_vnni("flags : fpu sse avx2 avx512f avx512bw")
    assert not int8.has_vnni("")


def _fake_built(tmp_path: Path) -> dict[str, Path]:
    return {"det": tmp_path / "det.int8.onnx"}


def test_int8_models_only_on_a_cpu_with_vnni(monkeypatch, tmp_path):
    monkeypatch.setattr(rapid, "int8_models", lambda: _fake_built(tmp_path))
    monkeypatch.setattr(rapid, "cpu_has_vnni", lambda: True)
    params = rapid.tuned_params(2, "cpu")
    assert params["Det.model_path"].endswith("det.int8.onnx")
    assert "Rec.model_path" not in params  # the recogniser stays float (int8.py says why)
    assert "Det.model_path" not in rapid.tuned_params(2, "cpu", int8=False)
    assert "Det.model_path" not in rapid.tuned_params(2, "cuda")  # the GPU runs the float models
    monkeypatch.setattr(rapid, "cpu_has_vnni", lambda: False)
    assert "Det.model_path" not in rapid.tuned_params(2, "cpu")


def test_float_models_when_none_are_built(monkeypatch):
    monkeypatch.setattr(rapid, "int8_models", lambda: None)
    monkeypatch.setattr(rapid, "cpu_has_vnni", lambda: True)
    assert not any(k.endswith("model_path") for k in rapid.tuned_params(2, "cpu"))


def test_built_models_are_named_by_recipe_and_source(monkeypatch, tmp_path):
    monkeypatch.setenv("JIANZHENG_MODELS", str(tmp_path))
    assert int8.built_models() is None  # an empty folder: nothing built
    det = int8.target("det")
    assert det.parent == tmp_path
    assert f"int8-r{int8.RECIPE}-" in det.name
    assert det.name.startswith(int8.source_model("det").stem)


def test_sample_scans_are_found_for_calibration():
    files = int8.sample_images(SAMPLES)
    assert any(p.suffix == ".jpg" for p in files)
    assert any(p.suffix == ".pdf" for p in files)
    assert files == sorted(files)


def test_models_status_says_what_ocr_runs_with():
    result = CliRunner().invoke(app, ["models", "status"])
    assert result.exit_code == 0
    assert "CPU OCR runs with:" in result.output


def _bag(text: str) -> Counter[str]:
    return Counter("".join(text.split()))


@pytest.mark.slow
def test_int8_detection_reads_a_real_invoice_as_well_as_the_float_model(real_docs):
    if int8.built_models() is None or not int8.cpu_has_vnni():
        pytest.skip("int8 models not built here (make setup builds them) or no VNNI on this CPU")
    folder = real_docs / "invoice"
    with pymupdf.open(folder / "henan_vat_e_invoice.pdf") as doc:
        truth = _bag(doc[0].get_text())
    path = folder / "henan_vat_e_invoice_render.png"
    read: dict[bool, Counter[str]] = {}
    for use_int8 in (True, False):
        engine = rapid.RapidOcrEngine(int8=use_int8)
        assert (".int8-" in engine.key) is use_int8  # the OCR cache keeps the two apart
        (page,) = list(read_file(path, path.name, engine=engine))
        read[use_int8] = _bag(page.text)
    recall = {k: sum((truth & bag).values()) / sum(truth.values()) for k, bag in read.items()}
    assert recall[True] >= 0.93
    assert recall[True] >= recall[False] - 0.02
    agreement = sum((read[True] & read[False]).values()) / sum(read[False].values())
    assert agreement >= 0.97


@pytest.mark.slow
def test_models_compare_counts_the_characters_both_detectors_read(real_docs):
    if int8.built_models() is None or not int8.cpu_has_vnni():
        pytest.skip("int8 models not built here (make setup builds them) or no VNNI on this CPU")
    photo = sorted((real_docs / "business_license").glob("*.jpg"))[0]
    result = CliRunner().invoke(app, ["models", "compare", str(photo)])
    assert result.exit_code == 0, result.output
    agree, total = result.output.split("characters agreeing: ")[1].split(" ")[0].split("/")
    assert int(total) > 50
    assert int(agree) >= 0.9 * int(total)
