"""The job: check one stored submission. The in-server pool and the Celery workers run this same code.

Everything the job needs is in the database and the blob store, so a job that
was interrupted (the process killed) can simply run again from the start.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

from jianzheng.models import Report
from jianzheng.models.errors import JianzhengError
from jianzheng.service.api.settings import ServiceSettings
from jianzheng.service.pipeline import check
from jianzheng.service.store import Store
from jianzheng.service.store.repo import save_report
from jianzheng.service.store.tables import SubmissionRow, utcnow
from jianzheng.verify.forensics.duplicate_store import SqliteDuplicateStore
from jianzheng.verify.forensics.repeats import SubmissionId

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
"""A job that killed its worker this often is failed rather than re-queued for ever."""
PROGRESS_EVERY_S = 0.5

_stores: dict[tuple[str, str], Store] = {}


def store_for(settings: ServiceSettings) -> Store:
    """One Store per process and configuration (workers reuse their connections)."""
    key = (str(settings.data_dir), settings.resolved_database_url())
    if key not in _stores:
        _stores[key] = Store(settings.data_dir, settings.resolved_database_url())
    return _stores[key]


def work_folder(settings: ServiceSettings, submission_id: str) -> Path:
    """Where a job lays out a submission for the pipeline; it names the submission in the duplicate index."""
    return settings.data_dir / "work" / submission_id


def forget_pages(settings: ServiceSettings, submission_id: str) -> None:
    """Drop a submission's pages and seals from the duplicate index, so that no later report cites it."""
    key = SubmissionId.of(work_folder(settings, submission_id), None).key
    SqliteDuplicateStore.in_folder(settings.pipeline_settings().resolved_data_dir()).forget(key)


def lay_out(store: Store, files: list[tuple[str, str]], folder: Path) -> None:
    """Make the submission folder the pipeline reads: generated names, the bytes from the blob store."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for layout_name, sha in files:
        source, target = store.blobs.path(sha), folder / layout_name
        try:
            os.link(source, target)  # no copy when the data folder is one file system
        except OSError:
            shutil.copyfile(source, target)


def _claim(store: Store, submission_id: str) -> list[tuple[str, str]] | None:
    """Mark the job running; return its files, or None when there is nothing to do."""
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        if row is None or row.status not in ("queued", "running"):
            return None
        row.attempts += 1
        if row.attempts > MAX_ATTEMPTS:
            row.status, row.error = "failed", f"处理中断次数过多（{MAX_ATTEMPTS} 次），请联系管理员"
            session.commit()
            return None
        row.status, row.started_at, row.pages_done = "running", utcnow(), 0
        session.commit()
        return [(f.layout_name, f.sha256) for f in row.files]


def _fail(store: Store, submission_id: str, error: str) -> None:
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        if row is not None and row.status != "withdrawn":  # None: deleted while it ran
            row.status, row.error, row.finished_at = "failed", error, utcnow()
            session.commit()


def _save(store: Store, submission_id: str, report: Report) -> bool:
    """Store the report; False when the submission was deleted or withdrawn while the job ran."""
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        if row is None or row.status == "withdrawn":
            return False
        row.pages_done = row.pages_total
        save_report(session, row, report)
        return True


def run_submission(submission_id: str, settings: ServiceSettings) -> str:
    """Check one submission and store its report; return the final status ("done", "failed", or "skipped")."""
    store = store_for(settings)
    files = _claim(store, submission_id)
    if files is None:
        return "skipped"
    folder = work_folder(settings, submission_id)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        with store.session() as session:
            row = session.get(SubmissionRow, submission_id)
            if row is not None:
                row.pages_done, row.pages_total = done, total
                session.commit()

    try:
        lay_out(store, files, folder)
        report = check(folder, progress=progress, settings=settings.pipeline_settings())
    except JianzhengError as exc:
        _fail(store, submission_id, str(exc))
        return "failed"
    except Exception as exc:  # a bug in a stage: record it on the job instead of losing the job
        log.exception("job %s failed", submission_id)
        _fail(store, submission_id, f"内部错误：{type(exc).__name__}: {exc}")
        return "failed"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if not _save(store, submission_id, report):
        with store.session() as session:
            deleted = session.get(SubmissionRow, submission_id) is None
        if deleted:  # deleted while it ran: the pages this run indexed must not be cited either
            forget_pages(settings, submission_id)
        return "skipped"
    return "done"
