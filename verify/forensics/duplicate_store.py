"""The persistent duplicate index: page fingerprints and seal hashes of every submission seen.

``DuplicateStore`` is the small interface the detectors use; ``SqliteDuplicateStore``
keeps it in one SQLite file under the data folder, ``MemoryDuplicateStore`` for
one run. ``duplicate_store`` chooses by configuration; the web service passes its
own (service/jobs/task.py), which may implement the same interface on its database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from jianzheng.models.settings import Settings

INDEX_FILE = "duplicates.sqlite3"


@dataclass(frozen=True)
class PageEntry:
    """One page's fingerprints, as stored."""

    submission: str
    enterprise: str
    file: str
    page: int
    phash: int
    dhash: int
    bands: tuple[int, ...]
    """MinHash band keys of the page's text shingles (empty for a page without text)."""
    signature: bytes
    """The MinHash signature (uint64 little-endian), for estimating text similarity."""
    figures: str = ""
    """The page's figures and dates, space-separated, sorted: what makes a page its own."""
    label: str = ""
    """How reviewers know the submission (its folder name)."""
    names: str = ""
    """The organisations (companies, public bodies) the page names, space-separated, sorted."""


@dataclass(frozen=True)
class SealEntry:
    """One seal impression, as stored."""

    submission: str
    enterprise: str
    file: str
    page: int
    bbox: tuple[float, float, float, float]
    hash: str
    text: str
    label: str = ""


class DuplicateStore(Protocol):
    """Where fingerprints of earlier submissions are kept."""

    def forget(self, submission: str) -> None:
        """Drop every entry of a submission (before it is checked again)."""

    def add_pages(self, entries: list[PageEntry]) -> None:
        """Remember pages."""

    def add_seals(self, entries: list[SealEntry]) -> None:
        """Remember seals."""

    def pages(self, exclude: str) -> list[PageEntry]:
        """Every remembered page of other submissions."""

    def seals(self, exclude: str) -> list[SealEntry]:
        """Every remembered seal of other submissions."""


class MemoryDuplicateStore:
    """A store that lives as long as the process (tests, one-off multi-submission runs)."""

    def __init__(self) -> None:
        self._pages: list[PageEntry] = []
        self._seals: list[SealEntry] = []

    def forget(self, submission: str) -> None:
        self._pages = [p for p in self._pages if p.submission != submission]
        self._seals = [s for s in self._seals if s.submission != submission]

    def add_pages(self, entries: list[PageEntry]) -> None:
        self._pages += entries

    def add_seals(self, entries: list[SealEntry]) -> None:
        self._seals += entries

    def pages(self, exclude: str) -> list[PageEntry]:
        return [p for p in self._pages if p.submission != exclude]

    def seals(self, exclude: str) -> list[SealEntry]:
        return [s for s in self._seals if s.submission != exclude]


def _signed(value: int) -> int:
    # SQLite integers are signed 64-bit; hashes are unsigned.
    return value - (1 << 64) if value >= 1 << 63 else value


def _unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


class SqliteDuplicateStore:
    """The duplicate index in one SQLite file (``<data_dir>/duplicates.sqlite3``)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with self._connect() as db:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS pages (
                    submission TEXT, enterprise TEXT, file TEXT, page INTEGER,
                    phash INTEGER, dhash INTEGER, bands TEXT, signature BLOB, figures TEXT, label TEXT,
                    names TEXT);
                CREATE INDEX IF NOT EXISTS pages_submission ON pages(submission);
                CREATE TABLE IF NOT EXISTS seals (
                    submission TEXT, enterprise TEXT, file TEXT, page INTEGER,
                    x0 REAL, y0 REAL, x1 REAL, y1 REAL, hash TEXT, text TEXT, label TEXT);
                CREATE INDEX IF NOT EXISTS seals_submission ON seals(submission);
                """
            )
            # An index written before pages kept their company names gains the column.
            columns = {row[1] for row in db.execute("PRAGMA table_info(pages)")}
            if "names" not in columns:
                try:
                    db.execute("ALTER TABLE pages ADD COLUMN names TEXT")
                except sqlite3.OperationalError as exc:
                    # Two jobs opening an old index at once: the other one added it first.
                    if "duplicate column" not in str(exc):
                        raise

    @classmethod
    def in_folder(cls, data_dir: Path) -> SqliteDuplicateStore:
        """The index of an installation's data folder."""
        return cls(data_dir / INDEX_FILE)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def forget(self, submission: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM pages WHERE submission = ?", (submission,))
            db.execute("DELETE FROM seals WHERE submission = ?", (submission,))

    def add_pages(self, entries: list[PageEntry]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT INTO pages (submission, enterprise, file, page, phash, dhash, bands, signature, figures,"
                " label, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.submission,
                        e.enterprise,
                        e.file,
                        e.page,
                        _signed(e.phash),
                        _signed(e.dhash),
                        " ".join(str(b) for b in e.bands),
                        e.signature,
                        e.figures,
                        e.label,
                        e.names,
                    )
                    for e in entries
                ],
            )

    def add_seals(self, entries: list[SealEntry]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT INTO seals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (e.submission, e.enterprise, e.file, e.page, *e.bbox, e.hash, e.text, e.label)
                    for e in entries
                ],
            )

    def pages(self, exclude: str) -> list[PageEntry]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT submission, enterprise, file, page, phash, dhash, bands, signature, figures, label, names"
                " FROM pages WHERE submission != ?",
                (exclude,),
            ).fetchall()
        return [
            PageEntry(
                submission=r[0],
                enterprise=r[1],
                file=r[2],
                page=r[3],
                phash=_unsigned(r[4]),
                dhash=_unsigned(r[5]),
                bands=tuple(int(b) for b in r[6].split()) if r[6] else (),
                signature=r[7],
                figures=r[8] or "",
                label=r[9] or "",
                names=r[10] or "",
            )
            for r in rows
        ]

    def seals(self, exclude: str) -> list[SealEntry]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM seals WHERE submission != ?", (exclude,)).fetchall()
        return [
            SealEntry(
                submission=r[0],
                enterprise=r[1],
                file=r[2],
                page=r[3],
                bbox=(r[4], r[5], r[6], r[7]),
                hash=r[8],
                text=r[9],
                label=r[10] or "",
            )
            for r in rows
        ]


def duplicate_store(settings: Settings) -> DuplicateStore:
    """The store a pipeline run uses: the data folder's index where one is configured, else one in memory.

    Without a configured data folder a run remembers nothing beyond itself, so that a
    one-off check never cites another filing found in some default folder.
    """
    if not settings.data_dir_chosen():
        return MemoryDuplicateStore()
    return SqliteDuplicateStore.in_folder(settings.data_dir)
