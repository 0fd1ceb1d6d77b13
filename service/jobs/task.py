"""The job: check one stored submission. The in-server pool and the Celery workers run this same code.

Everything the job needs is in the database and the blob store, so a job that
was interrupted (the process killed) can simply run again from the start. It is
claimed first (claims.py: one worker at a time), watched while it runs
(watchdog.py: heartbeat, time limit, cancellation), and saved only by its holder.
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
from jianzheng.service.store.tables import SubmissionRow
from jianzheng.verify.forensics.duplicate_store import DuplicateStore, SqliteDuplicateStore
from jianzheng.verify.forensics.repeats import SubmissionId

from . import claims
from .claims import MAX_ATTEMPTS, Claim
from .watchdog import JobLost, JobOverTime, JobStopped, Watchdog

log = logging.getLogger(__name__)

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


def duplicates_of(settings: ServiceSettings) -> DuplicateStore:
    """The service's duplicate index: every job checks against it and remembers its pages in it."""
    return SqliteDuplicateStore.in_folder(settings.pipeline_settings().data_dir)


def forget_pages(settings: ServiceSettings, submission_id: str) -> None:
    """Drop a submission's pages and seals from the duplicate index, so that no later report cites it."""
    key = SubmissionId.of(work_folder(settings, submission_id), None).key
    duplicates_of(settings).forget(key)


def _forget_if_deleted(store: Store, settings: ServiceSettings, submission_id: str) -> None:
    """A job that ran on after its submission was deleted: the pages it indexed must not be cited."""
    with store.session() as session:
        deleted = session.get(SubmissionRow, submission_id) is None
    if deleted:
        forget_pages(settings, submission_id)


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


def _save(store: Store, job: Claim, report: Report) -> bool:
    """Store the report if this worker still holds the job; False when it was lost meanwhile."""
    with store.session() as session:
        row = session.get(SubmissionRow, job.submission_id)
        if row is None or row.lease != job.lease or row.status != "running":
            return False
        row.pages_done, row.lease = row.pages_total, None
        save_report(session, row, report)
        return True


def run_submission(submission_id: str, settings: ServiceSettings) -> str:
    """Check one submission and store its report.

    Returns the outcome: "done", "failed", "skipped" (nothing to do, or another worker
    holds it), "lost" (deleted or taken over while it ran) or "released" (the service is
    stopping; the job is queued again). A job past ``settings.job_seconds`` is failed
    with a message that says so.
    """
    store = store_for(settings)
    job = claims.claim(store, submission_id, settings)
    if job is None:
        return "skipped"
    folder = work_folder(settings, submission_id)
    last = [0.0]
    watchdog = Watchdog(
        submission_id, lambda: claims.beat(store, job), settings.job_seconds, settings.heartbeat_seconds
    )

    def progress(done: int, total: int) -> None:
        watchdog.check()
        now = time.monotonic()
        if done < total and now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        with store.session() as session:
            row = session.get(SubmissionRow, submission_id)
            if row is not None and row.lease == job.lease:
                row.pages_done, row.pages_total = done, total
                session.commit()

    try:
        with watchdog:
            lay_out(store, job.files, folder)
            report = check(
                folder,
                progress=progress,
                settings=settings.pipeline_settings(),
                duplicates=duplicates_of(settings),
            )
            watchdog.disarm()
    except JobOverTime:
        log.error("job %s stopped: over the limit of %d s", submission_id, settings.job_seconds)
        claims.fail(store, job, claims.over_time_message(settings.job_seconds))
        return "failed"
    except JobLost:
        log.warning("job %s stopped: deleted, withdrawn or taken over by another worker", submission_id)
        _forget_if_deleted(store, settings, submission_id)
        return "lost"
    except JobStopped:
        claims.release(store, submission_id, job.lease)
        return "released"
    except JianzhengError as exc:
        claims.fail(store, job, str(exc))
        return "failed"
    except Exception as exc:  # a bug in a stage: record it on the job instead of losing the job
        log.exception("job %s failed", submission_id)
        claims.fail(store, job, f"内部错误：{type(exc).__name__}: {exc}")
        return "failed"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if _save(store, job, report):
        return "done"
    _forget_if_deleted(store, settings, submission_id)
    return "lost"


__all__ = ["MAX_ATTEMPTS", "forget_pages", "lay_out", "run_submission", "store_for", "work_folder"]
