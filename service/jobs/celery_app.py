"""Celery on Redis: the same job code as the in-server pool, run by separate worker processes.

Start workers with the same JIANZHENG_* environment as the server (database
URL, data folder on shared storage, broker URL)::

    celery -A jianzheng.service.jobs.celery_app worker -Q jianzheng

Use the default prefork pool: it is the one that enforces the hard time limit
and notices a job process that died. What happens when a worker dies mid-job:

- its job process alone (out of memory, kill -9): the worker rejects the message
  and Redis hands it out again at once (acks_late, reject_on_worker_lost);
- the whole worker: its job processes end with it (die_with_parent), the job's
  heartbeat stops and the server's sweeper (claims.Sweeper) queues it again
  within STALE_BEATS heartbeats. Redis would hand the unacknowledged message back
  only after the visibility timeout, which must be longer than any job, or a job
  still running would be handed out twice; the claim makes such a copy a no-op.
"""

from __future__ import annotations

import os

from celery import Celery
from celery.signals import worker_process_init

from jianzheng.service.api.settings import ServiceSettings

from .watchdog import JOB_GRACE_S

TASK_NAME = "jianzheng.run_submission"
VISIBILITY_MARGIN_S = 300
"""The visibility timeout is the job limit plus this: longer than any job that is still alive."""


def visibility_timeout(settings: ServiceSettings) -> int:
    """Seconds Redis waits before handing an unacknowledged job to another worker."""
    return settings.job_seconds + JOB_GRACE_S + VISIBILITY_MARGIN_S


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
        broker_transport_options={"visibility_timeout": visibility_timeout(settings)},
        # The job stops itself at job_seconds (watchdog.py); this kills a process stuck in C code.
        task_time_limit=settings.job_seconds + JOB_GRACE_S,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
    )

    @celery.task(name=TASK_NAME)
    def run(submission_id: str) -> str:
        from .task import run_submission

        return run_submission(submission_id, settings)

    return celery


@worker_process_init.connect
def _end_with_the_worker(**_kwargs: object) -> None:
    """A prefork job process ends with its worker, so a killed worker leaves no job running."""
    from .watchdog import die_with_parent

    die_with_parent(os.getppid())


class CeleryQueue:
    """Sends jobs to Celery workers through the broker."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.celery = make_celery(settings)

    def submit(self, submission_id: str) -> None:
        """Queue one job on the broker."""
        self.celery.send_task(TASK_NAME, args=[submission_id], queue=self.settings.celery_queue)

    def cancel(self, submission_id: str) -> None:
        """Nothing to send: the job finds its submission gone when claimed or at its next heartbeat."""

    def shutdown(self) -> None:
        """Close the broker connections."""
        self.celery.close()


app = make_celery(ServiceSettings())
"""The app `celery -A jianzheng.service.jobs.celery_app worker` finds (settings from the environment)."""
