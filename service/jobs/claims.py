"""Who runs a job: an atomic claim in the database, a heartbeat, and the sweep that finds lost jobs.

A job may be handed out more than once: the server queues unfinished jobs again at
start, Redis hands back an unacknowledged message, the sweep below re-queues a job
whose worker went silent. The claim is what makes it run once: a single UPDATE that
succeeds only for a queued job or a running one whose heartbeat is stale, setting a
fresh lease. The job beats under that lease; a beat that finds the lease gone (the
row deleted, the job re-queued) tells the job to stop, and only the lease holder
may store a result.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Update, and_, or_, select, update

from jianzheng.service.api.settings import ServiceSettings
from jianzheng.service.store import Store
from jianzheng.service.store.tables import SubmissionRow, utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
"""A job that killed its worker this often is failed rather than re-queued for ever."""


def over_time_message(seconds: int) -> str:
    """The error a job gets when it ran past the time limit."""
    return f"处理超过时限（{seconds} 秒）已停止：请减少页数或分批提交，或请管理员调高 job_seconds"


@dataclass(frozen=True)
class Claim:
    """A job this worker now holds: its lease and its files (layout name, sha256)."""

    submission_id: str
    lease: str
    files: list[tuple[str, str]]


def _update() -> Update:
    # Plain SQL updates: the rows loaded in the session are not kept in step (the claim
    # refreshes its row); evaluating the conditions in Python would compare naive SQLite
    # datetimes with aware ones.
    return update(SubmissionRow).execution_options(synchronize_session=False)


def _lost(now: dt.datetime, settings: ServiceSettings) -> object:
    """SQL condition: a running job whose heartbeat is missing or older than the stale limit."""
    stale_before = now - dt.timedelta(seconds=settings.stale_seconds())
    return and_(
        SubmissionRow.status == "running",
        or_(SubmissionRow.heartbeat_at.is_(None), SubmissionRow.heartbeat_at < stale_before),
    )


def _ran_seconds(row: SubmissionRow) -> float:
    if row.started_at is None or row.heartbeat_at is None:
        return 0.0
    return (_aware(row.heartbeat_at) - _aware(row.started_at)).total_seconds()


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def claim(store: Store, submission_id: str, settings: ServiceSettings) -> Claim | None:
    """Take the job if nobody holds it; None when it is done, deleted, held by a live worker, or failed here."""
    now = utcnow()
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        if row is None or row.status not in ("queued", "running"):
            return None
        if row.attempts >= MAX_ATTEMPTS or _ran_seconds(row) >= settings.job_seconds:
            error = (
                over_time_message(settings.job_seconds)
                if _ran_seconds(row) >= settings.job_seconds
                else f"处理中断次数过多（{MAX_ATTEMPTS} 次），请联系管理员"
            )
            result = session.execute(
                _update()
                .where(SubmissionRow.id == submission_id, SubmissionRow.attempts == row.attempts)
                .where(or_(SubmissionRow.status == "queued", _lost(now, settings)))  # type: ignore[arg-type]
                .values(status="failed", error=error, finished_at=now, lease=None)
            )
            session.commit()
            if result.rowcount:  # type: ignore[attr-defined]
                log.error("job %s failed: %s", submission_id, error)
            return None
        lease = secrets.token_hex(16)
        # Compare-and-set on the attempt counter: of two claims racing, one matches.
        result = session.execute(
            _update()
            .where(SubmissionRow.id == submission_id, SubmissionRow.attempts == row.attempts)
            .where(or_(SubmissionRow.status == "queued", _lost(now, settings)))  # type: ignore[arg-type]
            .values(
                status="running",
                lease=lease,
                heartbeat_at=now,
                started_at=now,
                pages_done=0,
                attempts=SubmissionRow.attempts + 1,
            )
        )
        session.commit()
        if not result.rowcount:  # type: ignore[attr-defined]
            return None  # a live worker holds it, or another claim won
        session.refresh(row)
        return Claim(submission_id, lease, [(f.layout_name, f.sha256) for f in row.files])


def beat(store: Store, job: Claim) -> bool:
    """Say the job is alive; False when its lease is gone (deleted, re-queued): the job must stop."""
    with store.session() as session:
        result = session.execute(
            _update()
            .where(SubmissionRow.id == job.submission_id, SubmissionRow.lease == job.lease)
            .where(SubmissionRow.status == "running")
            .values(heartbeat_at=utcnow())
        )
        session.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]


def fail(store: Store, job: Claim, error: str) -> None:
    """Record the job as failed, if this worker still holds it."""
    with store.session() as session:
        session.execute(
            _update()
            .where(SubmissionRow.id == job.submission_id, SubmissionRow.lease == job.lease)
            .where(SubmissionRow.status == "running")  # a withdrawn filing stays withdrawn
            .values(status="failed", error=error, finished_at=utcnow(), lease=None)
        )
        session.commit()


def release(store: Store, submission_id: str, lease: str | None = None) -> None:
    """Give an interrupted job back (the service is stopping): queued again, the attempt not counted."""
    with store.session() as session:
        query = _update().where(SubmissionRow.id == submission_id, SubmissionRow.status == "running")
        if lease is not None:
            query = query.where(SubmissionRow.lease == lease)
        session.execute(
            query.values(
                status="queued",
                lease=None,
                started_at=None,
                heartbeat_at=None,
                attempts=SubmissionRow.attempts - 1,
            )
        )
        session.commit()


def requeue(store: Store, submission_id: str) -> None:
    """Put a running job whose worker died back to queued, keeping its attempts and time run."""
    with store.session() as session:
        session.execute(
            _update()
            .where(SubmissionRow.id == submission_id, SubmissionRow.status == "running")
            .values(status="queued", lease=None)
        )
        session.commit()


def fail_running(store: Store, submission_id: str, error: str) -> None:
    """Fail a running job whatever its lease (its worker was killed for it)."""
    with store.session() as session:
        session.execute(
            _update()
            .where(SubmissionRow.id == submission_id, SubmissionRow.status == "running")
            .values(status="failed", error=error, finished_at=utcnow(), lease=None)
        )
        session.commit()


def requeue_lost(store: Store, settings: ServiceSettings) -> list[str]:
    """Put running jobs whose heartbeat stopped back to queued; return their ids (to hand out again).

    The attempt count and the time already run are kept, so a job that kills its worker or
    runs past the limit is failed by its next claim instead of going round for ever.
    """
    now = utcnow()
    with store.session() as session:
        ids = list(session.scalars(select(SubmissionRow.id).where(_lost(now, settings))))  # type: ignore[arg-type]
        taken = []
        for submission_id in ids:
            result = session.execute(
                _update()
                .where(SubmissionRow.id == submission_id)
                .where(_lost(now, settings))  # type: ignore[arg-type]
                .values(status="queued", lease=None)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                taken.append(submission_id)
        session.commit()
    return taken


class Sweeper(threading.Thread):
    """The server's watch for lost jobs: every heartbeat, re-queue jobs gone silent and hand them out.

    This is what bounds the time to recover from a worker killed outright (kill -9, power
    loss): about STALE_BEATS heartbeats. Redis's own redelivery of an unacknowledged
    message waits the whole visibility timeout, which must exceed the job limit.
    """

    def __init__(self, store: Store, settings: ServiceSettings, submit: Callable[[str], None]) -> None:
        super().__init__(name="jianzheng-sweeper", daemon=True)
        self.store, self.settings, self.submit = store, settings, submit
        self._stop_event = threading.Event()

    def run(self) -> None:
        """Sweep until stopped; a database hiccup is logged and tried again next time."""
        while not self._stop_event.wait(self.settings.heartbeat_seconds):
            try:
                for submission_id in requeue_lost(self.store, self.settings):
                    log.warning("job %s lost its worker; queued again", submission_id)
                    self.submit(submission_id)
            except Exception:
                log.exception("sweep for lost jobs failed")

    def stop(self) -> None:
        """Stop sweeping."""
        self._stop_event.set()
