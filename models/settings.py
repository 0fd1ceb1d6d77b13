"""Run-time settings, chosen by configuration: JIANZHENG_* environment variables or the caller.

One pydantic-settings class for the pipeline; the service's settings
(service/api/settings.py) extend it with what only the service needs, so the
CLI, the server and its workers read the same variables the same way.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DATA_DIR_VARIABLES = ("JIANZHENG_DATA_DIR", "JIANZHENG_DATA")
"""The data folder's environment variables, the first set wins: JIANZHENG_DATA_DIR is the service's
spelling (README), JIANZHENG_DATA the older one the CLI read; both stay."""


def default_data_dir() -> Path:
    """The user's data folder when none is configured: $XDG_DATA_HOME/jianzheng or ~/.local/share/jianzheng."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "jianzheng"


class Settings(BaseSettings):
    """How the pipeline runs. Defaults need no set-up and no network.

    Each field is read from JIANZHENG_<FIELD> (JIANZHENG_OCR_ENGINE, …) unless the caller passes it;
    the data folder from JIANZHENG_DATA_DIR or JIANZHENG_DATA.
    """

    # validate_by_name: callers pass data_dir=…, while the environment spells it by its aliases.
    model_config = SettingsConfigDict(env_prefix="JIANZHENG_", frozen=True, validate_by_name=True)

    ocr_engine: str = "rapidocr"
    """Registered OCR engine name: "rapidocr" (PP-OCR ONNX, default), "rapidocr-defaults" (the plain baseline),
    "null", "paddleocr" (optional extra)."""
    ocr_device: str = "cpu"
    """"cpu" or "cuda" (ONNX Runtime's CUDA execution provider where installed)."""
    ocr_threads: int | None = None
    ocr_int8: bool = True
    """On a CPU with VNNI, detect text with the int8 model `jianzheng models build` made; False: float."""
    data_dir: Path = Field(
        default_factory=default_data_dir, validation_alias=AliasChoices(*DATA_DIR_VARIABLES)
    )
    """Where the OCR cache and, when chosen (see data_dir_chosen), the duplicate index live."""
    use_cache: bool = True

    def data_dir_chosen(self) -> bool:
        """Whether the data folder was chosen (by the caller or the environment), not defaulted.

        Only a chosen folder keeps a duplicate index across runs, so that a one-off check never
        cites another filing found in some default folder.
        """
        return "data_dir" in self.model_fields_set
