"""The default job queue: workers inside the server.

Processes by default, since the pipeline is CPU-bound (OCR, image work) and
threads would share one interpreter lock; threads are there for tests and small
machines. Each of ``settings.workers`` slots is a thread of the server that owns
one worker process (started with "spawn", so it never inherits the server's
threads and open database connections) and hands it one job at a time. Owning
the process is what lets the slot enforce what the job cannot: kill it a grace
period past the time limit, kill it at once when its submission is deleted, kill
it when the server stops. Workers also end by themselves when the server dies
(watchdog.die_with_parent), so no worker outlives the server to run a job twice.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from jianzheng.service.api.settings import ServiceSettings

from . import claims
from .task import run_submission, store_for
from .watchdog import JOB_GRACE_S, die_with_parent, stop_local

log = logging.getLogger(__name__)
POLL_S = 0.2


def _worker_main(conn: Connection, settings: ServiceSettings, parent_pid: int) -> None:
    """A worker process: run the jobs the slot sends, answer each with its outcome."""
    die_with_parent(parent_pid)
    # Ctrl-C reaches the whole process group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            submission_id = conn.recv()
        except (EOFError, OSError):
            return
        if submission_id is None:
            return
        try:
            outcome = run_submission(submission_id, settings)
        except Exception:  # run_submission records its own failures; this is a last resort
            log.exception("job %s raised", submission_id)
            outcome = "failed"
        conn.send(outcome)


class _Slot(threading.Thread):
    """One worker: a thread of the server, and in process mode the worker process it drives."""

    def __init__(self, pool: PoolQueue, number: int) -> None:
        super().__init__(name=f"jianzheng-job-{number}", daemon=True)
        self.pool = pool
        self.current: str | None = None
        self.kill_reason: str | None = None
        self.process: BaseProcess | None = None
        self.conn: Connection | None = None

    def run(self) -> None:
        """Take jobs until the pool stops."""
        while True:
            submission_id = self.pool.jobs.get()
            if submission_id is None or self.pool.stopping:
                break
            with self.pool.lock:
                if submission_id in self.pool.cancelled:
                    continue
                self.current, self.kill_reason = submission_id, None
            try:
                if self.pool.settings.pool == "thread":
                    outcome = run_submission(submission_id, self.pool.settings)
                else:
                    outcome = self._run_in_process(submission_id)
                log.info("job %s: %s", submission_id, outcome)
            except Exception:
                log.exception("job %s raised", submission_id)
            finally:
                with self.pool.lock:
                    self.current = None
        self._stop_process()

    def _start_process(self) -> tuple[BaseProcess, Connection]:
        if self.process is None or not self.process.is_alive() or self.conn is None:
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_worker_main,
                args=(theirs, self.pool.settings, os.getpid()),
                name=f"jianzheng-worker-{self.name[-1]}",
                daemon=True,
            )
            process.start()
            theirs.close()
            self.process, self.conn = process, ours
        return self.process, self.conn

    def _run_in_process(self, submission_id: str) -> str:
        process, conn = self._start_process()
        conn.send(submission_id)
        deadline = time.monotonic() + self.pool.settings.job_seconds + JOB_GRACE_S
        while True:
            try:
                if conn.poll(POLL_S):
                    return str(conn.recv())
            except (EOFError, OSError):
                pass  # the worker died: seen below
            if self.kill_reason is not None:
                self._stop_process()
                return self.kill_reason
            if time.monotonic() > deadline:
                # Stuck inside one C call past the limit: only killing the process stops it.
                self._stop_process()
                store = store_for(self.pool.settings)
                claims.fail_running(
                    store, submission_id, claims.over_time_message(self.pool.settings.job_seconds)
                )
                return "failed (killed over time)"
            if not process.is_alive():
                self._stop_process()
                # Killed from outside (out of memory, kill -9): run it again; attempts bound this.
                log.warning("worker died running job %s; queued again", submission_id)
                claims.requeue(store_for(self.pool.settings), submission_id)
                self.pool.jobs.put(submission_id)
                return "worker died"

    def kill(self, reason: str) -> None:
        """Stop the job this slot runs now (deleted, or the server stops)."""
        self.kill_reason = reason
        if self.pool.settings.pool == "thread" and self.current is not None:
            stop_local(self.current)

    def _stop_process(self) -> None:
        process, self.process = self.process, None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if process is not None and process.is_alive():
            process.kill()
        if process is not None:
            process.join(timeout=10)


class PoolQueue:
    """Runs jobs on a local pool of worker processes (or threads)."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.jobs: queue.Queue[str | None] = queue.Queue()
        self.lock = threading.Lock()
        self.cancelled: set[str] = set()
        self.stopping = False
        self.slots = [_Slot(self, n) for n in range(settings.workers)]
        for slot in self.slots:
            slot.start()

    def submit(self, submission_id: str) -> None:
        """Queue one job."""
        self.jobs.put(submission_id)

    def running(self) -> set[str]:
        """Ids of the jobs the slots run now."""
        with self.lock:
            return {s.current for s in self.slots if s.current is not None}

    def cancel(self, submission_id: str) -> None:
        """Drop the job if it waits; kill its worker at once if it runs."""
        with self.lock:
            self.cancelled.add(submission_id)
            slots = [s for s in self.slots if s.current == submission_id]
        for slot in slots:
            slot.kill("cancelled")

    def shutdown(self) -> None:
        """Stop: kill running jobs' workers and queue those jobs again, so the next start runs them."""
        self.stopping = True
        with self.lock:
            interrupted = [(s, s.current) for s in self.slots if s.current is not None]
        for slot, _ in interrupted:
            slot.kill("released")
        for _ in self.slots:
            self.jobs.put(None)
        for slot in self.slots:
            slot.join(timeout=15)
        store = store_for(self.settings)
        for _, submission_id in interrupted:
            if submission_id is not None:
                claims.release(store, submission_id)
