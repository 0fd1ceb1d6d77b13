"""Background jobs: a pool inside the server by default, Celery workers with a broker URL; one task code.

Whatever runs them, jobs are claimed in the database (claims.py), so each runs once;
``cancel`` stops a job whose submission is being deleted.
"""

from __future__ import annotations

import weakref
from typing import Protocol

from jianzheng.service.api.settings import ServiceSettings


class JobQueue(Protocol):
    """Where the API puts jobs."""

    def submit(self, submission_id: str) -> None: ...

    def cancel(self, submission_id: str) -> None: ...

    def shutdown(self) -> None: ...


class HeldQueue:
    """A queue that runs nothing: jobs wait in the database until a service with workers starts."""

    def __init__(self) -> None:
        self.held: list[str] = []

    def submit(self, submission_id: str) -> None:
        """Remember the id only."""
        self.held.append(submission_id)

    def cancel(self, submission_id: str) -> None:
        """Forget the id."""
        self.held = [h for h in self.held if h != submission_id]

    def shutdown(self) -> None:
        """Nothing to stop."""


_QUEUES: weakref.WeakSet[JobQueue] = weakref.WeakSet()  # type: ignore[type-var]
"""The queues of this process, so that ``cancel`` needs only an id."""


def make_queue(settings: ServiceSettings) -> JobQueue:
    """The queue the settings ask for."""
    queue: JobQueue
    if settings.broker_url:
        from .celery_app import CeleryQueue

        queue = CeleryQueue(settings)
    else:
        from .pool import PoolQueue

        queue = PoolQueue(settings)
    _QUEUES.add(queue)
    return queue


def cancel(submission_id: str) -> None:
    """Stop the submission's job: call it before deleting the submission.

    A job waiting in this server's pool is dropped and a running one's worker killed at
    once; a job running anywhere else (a Celery worker) stops at its next heartbeat, when
    it finds its submission gone, and stores nothing.
    """
    from .watchdog import stop_local

    for queue in list(_QUEUES):
        queue.cancel(submission_id)
    stop_local(submission_id)


__all__ = ["HeldQueue", "JobQueue", "cancel", "make_queue"]
