"""Celery on Redis: the same job code as the in-server pool, run by separate worker processes.

Start workers with the same JIANZHENG_* environment as the server (database
URL, data folder on shared storage, broker URL)::

    celery -A jianzheng.service.jobs.celery_app worker -Q jianzheng
"""

from __future__ import annotations

from celery import Celery

from jianzheng.service.api.settings import ServiceSettings

TASK_NAME = "jianzheng.run_submission"


def make_celery(settings: ServiceSettings) -> Celery:
    """A Celery app for the settings' broker, with the job task registered."""
    celery = Celery("jianzheng", broker=settings.broker_url or "redis://127.0.0.1:6379/0")
    celery.conf.update(
        task_default_queue=settings.celery_queue,
        task_ignore_result=True,
        # A job is acknowledged only once done, so a worker killed mid-job leaves it for another.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
    )

    @celery.task(name=TASK_NAME)
    def run(submission_id: str) -> str:
        from .task import run_submission

        return run_submission(submission_id, settings)

    return celery


class CeleryQueue:
    """Sends jobs to Celery workers through the broker."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.celery = make_celery(settings)

    def submit(self, submission_id: str) -> None:
        """Queue one job on the broker."""
        self.celery.send_task(TASK_NAME, args=[submission_id], queue=self.settings.celery_queue)

    def shutdown(self) -> None:
        """Close the broker connections."""
        self.celery.close()


app = make_celery(ServiceSettings())
"""The app `celery -A jianzheng.service.jobs.celery_app worker` finds (settings from the environment)."""
