"""An engine wrapper that remembers results by image content, so a page re-uploaded is not OCR'd again."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import numpy as np
from pydantic import TypeAdapter, ValidationError

from .base import OcrEngine, OcrLine

_LINES = TypeAdapter(list[OcrLine])


class CachedOcrEngine(OcrEngine):
    """Wraps an engine; results live as JSON files under ``folder``, keyed by image hash and engine key.

    The key is the hash of the page's pixels (which follow from the file's
    content hash and page number) and of the engine's configuration. Files are
    written to a temporary name and renamed, so a crash never leaves half a
    result for the next run to read.
    """

    def __init__(self, engine: OcrEngine, folder: Path) -> None:
        self.engine = engine
        self.folder = folder
        self.name = engine.name
        self.hits = 0
        self.misses = 0

    @property
    def key(self) -> str:
        return self.engine.key

    def _path(self, kind: str, image: np.ndarray) -> Path:
        digest = hashlib.blake2b(digest_size=20)
        digest.update(f"{kind}|{self.engine.key}|{image.shape}|{image.dtype}".encode())
        digest.update(np.ascontiguousarray(image).data)
        name = digest.hexdigest()
        return self.folder / name[:2] / f"{name}.json"

    def _load(self, path: Path) -> object | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None  # a damaged cache entry is recomputed and overwritten

    def _store(self, path: Path, value: object) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            return  # a read-only or full data folder costs speed, not correctness

    def recognize(self, image: np.ndarray) -> list[OcrLine]:
        """The cached lines for this image, or the engine's (then stored)."""
        path = self._path("lines", image)
        cached = self._load(path)
        if cached is not None:
            try:
                lines = _LINES.validate_python(cached)
            except ValidationError:
                lines = None
            if lines is not None:
                self.hits += 1
                return lines
        self.misses += 1
        lines = self.engine.recognize(image)
        self._store(path, [line.model_dump(mode="json") for line in lines])
        return lines

    def image_changed(self, old: np.ndarray, new: np.ndarray, matrix: np.ndarray | None) -> None:
        """Passed on to the wrapped engine."""
        self.engine.image_changed(old, new, matrix)

    def rows_changed(self, old: np.ndarray, new: np.ndarray, bands: list[tuple[int, int]]) -> None:
        """Passed on to the wrapped engine (without it a cached run read seal rows unlike an uncached one)."""
        self.engine.rows_changed(old, new, bands)

    def orientation(self, image: np.ndarray) -> int:
        """The cached orientation for this image, or the engine's (then stored)."""
        path = self._path("orientation", image)
        cached = self._load(path)
        if isinstance(cached, int) and cached in (0, 90, 180, 270):
            return cached
        angle = self.engine.orientation(image)
        self._store(path, angle)
        return angle
