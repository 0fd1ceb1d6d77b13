"""The default job queue: a worker pool inside the server process.

Processes by default, since the pipeline is CPU-bound (OCR, image work) and
threads would share one interpreter lock; threads are there for tests and
small machines. The pool is started with "spawn" so a worker never inherits
the server's threads and open database connections.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from jianzheng.service.api.settings import ServiceSettings

from .task import run_submission

log = logging.getLogger(__name__)


class PoolQueue:
    """Runs jobs on a local pool of processes or threads."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._executor = self._new_executor()

    def _new_executor(self) -> Executor:
        if self.settings.pool == "thread":
            return ThreadPoolExecutor(self.settings.workers, thread_name_prefix="jianzheng-job")
        return ProcessPoolExecutor(self.settings.workers, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, submission_id: str) -> None:
        """Queue one job; a pool broken by a dead worker process is replaced."""
        with self._lock:
            try:
                future = self._executor.submit(run_submission, submission_id, self.settings)
            except BrokenProcessPool:
                log.warning("worker pool broken; starting a new one")
                self._executor = self._new_executor()
                future = self._executor.submit(run_submission, submission_id, self.settings)
        future.add_done_callback(lambda f: self._done(submission_id, f))

    def _done(self, submission_id: str, future: Future[str]) -> None:
        if future.cancelled():
            return
        exc = future.exception()
        if isinstance(exc, BrokenProcessPool):
            # The worker died (killed, out of memory): run the job again; its attempt count bounds this.
            log.warning("job %s lost with its worker; queued again", submission_id)
            threading.Thread(target=self.submit, args=(submission_id,), daemon=True).start()
        elif exc is not None:
            log.error("job %s raised", submission_id, exc_info=exc)

    def shutdown(self) -> None:
        """Stop taking jobs; unfinished ones stay queued in the database and run at next start."""
        self._executor.shutdown(wait=False, cancel_futures=True)
