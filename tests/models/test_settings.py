"""One Settings class: the pipeline's fields from JIANZHENG_* variables; the service's settings extend it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianzheng.models.settings import Settings, default_data_dir
from jianzheng.service.api.settings import ServiceSettings
from jianzheng.verify.forensics.duplicate_store import (
    MemoryDuplicateStore,
    SqliteDuplicateStore,
    duplicate_store,
)


@pytest.fixture(autouse=True)
def _no_jianzheng_variables(monkeypatch, tmp_path):
    for name in ("JIANZHENG_DATA_DIR", "JIANZHENG_DATA", "JIANZHENG_OCR_ENGINE", "JIANZHENG_WORKERS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def test_without_variables_the_data_folder_is_the_users_and_not_chosen(tmp_path):
    settings = Settings()
    assert settings.data_dir == tmp_path / "xdg" / "jianzheng" == default_data_dir()
    assert not settings.data_dir_chosen()
    assert isinstance(duplicate_store(settings), MemoryDuplicateStore)


@pytest.mark.parametrize("variable", ["JIANZHENG_DATA_DIR", "JIANZHENG_DATA"])
def test_either_spelling_of_the_data_folder_variable_chooses_it(monkeypatch, tmp_path, variable):
    monkeypatch.setenv(variable, str(tmp_path / "env"))
    for settings in (Settings(), ServiceSettings()):
        assert settings.data_dir == tmp_path / "env"
        assert settings.data_dir_chosen()


def test_the_service_spelling_wins_over_the_older_one(monkeypatch, tmp_path):
    monkeypatch.setenv("JIANZHENG_DATA", str(tmp_path / "old"))
    monkeypatch.setenv("JIANZHENG_DATA_DIR", str(tmp_path / "new"))
    assert Settings().data_dir == tmp_path / "new"


def test_a_folder_the_caller_passes_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("JIANZHENG_DATA_DIR", str(tmp_path / "env"))
    monkeypatch.setenv("JIANZHENG_OCR_ENGINE", "null")
    settings = Settings(data_dir=tmp_path / "given", ocr_engine="rapidocr")
    assert (settings.data_dir, settings.ocr_engine) == (tmp_path / "given", "rapidocr")
    assert isinstance(duplicate_store(settings), SqliteDuplicateStore)


def test_the_pipeline_fields_are_read_from_prefixed_variables(monkeypatch):
    monkeypatch.setenv("JIANZHENG_OCR_ENGINE", "null")
    monkeypatch.setenv("JIANZHENG_OCR_INT8", "false")
    assert (Settings().ocr_engine, Settings().ocr_int8) == ("null", False)


def test_the_service_settings_extend_the_pipelines_without_redefining_a_field():
    assert issubclass(ServiceSettings, Settings)
    own = set(ServiceSettings.model_fields) - set(Settings.model_fields)
    assert {"database_url", "broker_url", "workers", "job_seconds"} <= own
    declared_here = set(vars(ServiceSettings)["__annotations__"])
    assert own <= declared_here and not declared_here & set(Settings.model_fields)


def test_the_service_runs_the_pipeline_with_its_fields_and_data_under_pipeline(monkeypatch, tmp_path):
    monkeypatch.setenv("JIANZHENG_OCR_ENGINE", "null")
    monkeypatch.setenv("JIANZHENG_WORKERS", "3")
    service = ServiceSettings(data_dir=tmp_path / "service", ocr_device="cuda", use_cache=False)
    pipeline = service.pipeline_settings()
    assert type(pipeline) is Settings
    assert pipeline.data_dir == tmp_path / "service" / "pipeline"
    assert (pipeline.ocr_engine, pipeline.ocr_device, pipeline.use_cache) == ("null", "cuda", False)
    assert service.workers == 3
    assert pipeline.data_dir_chosen()


def test_settings_are_frozen(tmp_path):
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(ValueError, match="frozen"):
        settings.ocr_engine = "null"  # type: ignore[misc]
    assert isinstance(settings.data_dir, Path)
