"""The service's settings: the pipeline's Settings and what only the service needs, from JIANZHENG_* variables.

A Celery worker reads the same variables, so the server and its workers agree
on the database, the data folder and the queue without passing arguments.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from jianzheng.models.settings import Settings

MB = 1024 * 1024
STALE_BEATS = 6
"""Missed heartbeats after which a running job counts as lost: a busy machine may delay a beat or two."""


class ServiceSettings(Settings):
    """How the service runs. Defaults need no set-up: SQLite and a worker pool under the data folder.

    The pipeline's fields (OCR engine, data folder, …) and their variables are Settings'; the data
    folder holds the database, the uploads and, under pipeline/, the pipeline's own data.
    """

    database_url: str | None = None
    """SQLAlchemy URL; None: a SQLite file data_dir/jianzheng.db."""
    broker_url: str | None = None
    """A Redis URL: jobs go to Celery workers; None: a worker pool inside the server."""
    celery_queue: str = "jianzheng"
    pool: Literal["process", "thread"] = "process"
    """Kind of the in-server worker pool; the pipeline is CPU-bound, so processes by default."""
    workers: int = Field(default=2, ge=1, le=64)

    # The upload limits are sized for a real filing: 200 colour pages scanned at 300 DPI are
    # 200-600 MB as JPEG-in-PDF (1-3 MB a page), in one file or several; an audit report alone
    # can run to 80 pages, so a filing of 300-400 pages is honest too.
    max_upload_bytes: int = Field(default=1024 * MB, gt=0)
    """Largest request body; a bigger upload is refused (413) before it is read."""
    max_file_bytes: int = Field(default=768 * MB, gt=0)
    """Largest single file (a direct upload or a zip entry); larger: 413."""
    max_submission_bytes: int = Field(default=1024 * MB, gt=0)
    """Largest total of one submission's files after unzipping; larger: 413."""
    max_pages: int = Field(default=600, gt=0)
    """Most pages (PDF pages, TIFF frames, images) in one submission; more: 413."""
    max_files: int = Field(default=200, gt=0)
    """Most attachments in one submission (direct files or zip entries)."""
    max_zip_bytes: int = Field(default=1024 * MB, gt=0)
    """Largest total uncompressed size of one zip archive."""
    max_zip_ratio: int = Field(default=200, gt=1)
    """Largest compression ratio of one zip entry; a higher one is a zip bomb."""
    max_zip_entries: int = Field(default=2000, gt=0)

    precheck_limit: int = Field(default=30, ge=0)
    """Pre-checks one enterprise may start per ``rate_window_s`` (0: none); more: 429. The duplicate
    index answers every pre-check, so it must not be an oracle one can ask without end."""
    submission_limit: int = Field(default=30, ge=0)
    """Filings one enterprise may upload per ``rate_window_s`` (0: none); more: 429."""
    rate_window_s: int = Field(default=3600, gt=0)
    queue_page_size: int = Field(default=50, gt=0, le=500)
    """Rows per page of the reviewer's queue page."""

    job_seconds: int = Field(default=3600, ge=1)
    """Longest a job may run; past it the job is stopped and fails with a clear message.
    One hour fits a real filing: 200 colour pages at 300 DPI take about 2-5 s each to OCR and check
    on a 2-core machine (README, "Measured"), under 20 minutes."""
    heartbeat_seconds: float = Field(default=5.0, gt=0, le=60)
    """How often a running job says it is alive; a job silent for STALE_BEATS beats is taken as lost
    (its worker died) and queued again."""

    def stale_seconds(self) -> float:
        """How long a running job may stay silent before it is taken as lost (jobs/claims.py)."""
        return self.heartbeat_seconds * STALE_BEATS

    def resolved_database_url(self) -> str:
        """The database URL to use."""
        return self.database_url or f"sqlite:///{self.data_dir / 'jianzheng.db'}"

    def pipeline_settings(self) -> Settings:
        """The pipeline's fields of these settings, its data (OCR cache, duplicate index) in data_dir/pipeline."""
        values = self.model_dump(include=set(Settings.model_fields))
        # model_construct: the values are validated already, and the environment is not read again.
        return Settings.model_construct(**{**values, "data_dir": self.data_dir / "pipeline"})
