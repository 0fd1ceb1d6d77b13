"""Run-time settings of the pipeline, chosen by configuration (environment or caller)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict


def default_data_dir() -> Path:
    """The user's data folder (OCR cache, duplicate index): $JIANZHENG_DATA or ~/.local/share/jianzheng."""
    import os

    env = os.environ.get("JIANZHENG_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "jianzheng"


class Settings(BaseModel):
    """How the pipeline runs. Defaults need no set-up and no network."""

    model_config = ConfigDict(frozen=True)

    ocr_engine: str = "rapidocr"
    """Registered OCR engine name: "rapidocr" (PP-OCR ONNX, default), "rapidocr-defaults" (the plain baseline),
    "null", "paddleocr" (optional extra)."""
    ocr_device: str = "cpu"
    """"cpu" or "cuda" (ONNX Runtime's CUDA execution provider where installed)."""
    ocr_threads: int | None = None
    ocr_int8: bool = True
    """On a CPU with VNNI, detect text with the int8 model `jianzheng models build` made; False: float."""
    data_dir: Path | None = None
    """Where the OCR cache and the duplicate index live; None: default_data_dir()."""
    use_cache: bool = True

    def resolved_data_dir(self) -> Path:
        """The data folder to use."""
        return self.data_dir or default_data_dir()
