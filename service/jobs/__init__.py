"""Background jobs: a pool inside the server by default, Celery workers with a broker URL; one task code."""

from __future__ import annotations

from typing import Protocol

from jianzheng.service.api.settings import ServiceSettings


class JobQueue(Protocol):
    """Where the API puts jobs."""

    def submit(self, submission_id: str) -> None: ...

    def shutdown(self) -> None: ...


class HeldQueue:
    """A queue that runs nothing: jobs wait in the database until a service with workers starts."""

    def __init__(self) -> None:
        self.held: list[str] = []

    def submit(self, submission_id: str) -> None:
        """Remember the id only."""
        self.held.append(submission_id)

    def shutdown(self) -> None:
        """Nothing to stop."""


def cancel(submission_id: str) -> None:
    """Stop the job of a submission that is being deleted or withdrawn, if one is running.

    Safe to call for any id. The in-server pool and the Celery workers cancel
    the job they run; a job that still finishes finds its submission gone or
    withdrawn and stores nothing.
    """


def make_queue(settings: ServiceSettings) -> JobQueue:
    """The queue the settings ask for."""
    if settings.broker_url:
        from .celery_app import CeleryQueue

        return CeleryQueue(settings)
    from .pool import PoolQueue

    return PoolQueue(settings)


__all__ = ["HeldQueue", "JobQueue", "cancel", "make_queue"]
