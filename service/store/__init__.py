"""Storage: the database (SQLAlchemy) and the content-addressed file store."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from .blobs import BlobStore, TooLarge
from .db import make_engine, make_sessions


class Store:
    """The database and the blobs of one service instance (server or worker)."""

    def __init__(self, data_dir: Path, database_url: str) -> None:
        self.data_dir = data_dir
        self.engine = make_engine(database_url)
        self.sessions = make_sessions(self.engine)
        self.blobs = BlobStore(data_dir / "blobs")

    def session(self) -> Session:
        """A new session; use it as a context manager."""
        return self.sessions()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


__all__ = ["BlobStore", "Store", "TooLarge"]
