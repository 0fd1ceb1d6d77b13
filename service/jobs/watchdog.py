"""The running job's companion thread: heartbeats, the time limit, and stopping the job when told to.

Whatever runs the job (a thread of the server, a worker process of the pool, a Celery
worker) the same thread beats and watches. To stop the job it raises an exception in
the job's thread at its next Python instruction (CPython's PyThreadState_SetAsyncExc,
the only way to interrupt one thread of a process from another); the job's progress
callback also raises it, for interpreters without that call. Code stuck inside one long
C call is stopped only when the call returns: the pool and Celery kill the process a
grace period after the limit (JOB_GRACE_S).
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

JOB_GRACE_S = 60
"""Past the job limit plus this, the process running the job is killed (pool, Celery)."""


class JobStopped(BaseException):
    """Raised inside a job that must stop. A BaseException, so that the pipeline's
    ``except Exception`` (the check runner contains failing checks) cannot swallow it."""

    reason = "stopped"


class JobOverTime(JobStopped):
    """The job ran past the time limit."""

    reason = "over time"


class JobLost(JobStopped):
    """The job is no longer this worker's: deleted, cancelled, or handed to another worker."""

    reason = "lost"


_ACTIVE: dict[str, Watchdog] = {}
_ACTIVE_LOCK = threading.Lock()


def stop_local(submission_id: str) -> bool:
    """Stop the job if it runs in this process; True when it did."""
    with _ACTIVE_LOCK:
        watchdog = _ACTIVE.get(submission_id)
    if watchdog is None:
        return False
    watchdog.fire(JobLost)
    return True


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    # None clears an exception set earlier and not yet raised.
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None
    )


class Watchdog(threading.Thread):
    """Beats every ``every`` seconds while armed; stops the job thread on the limit or a lost lease."""

    def __init__(self, submission_id: str, beat: Callable[[], bool], seconds: float, every: float) -> None:
        super().__init__(name=f"jianzheng-watchdog-{submission_id[:8]}", daemon=True)
        self.submission_id = submission_id
        self.beat = beat
        self.deadline = time.monotonic() + seconds
        self.every = every
        self.job_thread = threading.get_ident()
        self.fired: type[JobStopped] | None = None
        self._armed = True
        self._lock = threading.Lock()
        self._done = threading.Event()

    def __enter__(self) -> Watchdog:
        with _ACTIVE_LOCK:
            _ACTIVE[self.submission_id] = self
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.disarm()
        self._done.set()
        with _ACTIVE_LOCK:
            if _ACTIVE.get(self.submission_id) is self:
                del _ACTIVE[self.submission_id]

    def run(self) -> None:
        """Beat and watch until the job ends."""
        while not self._done.wait(min(self.every, max(0.05, self.deadline - time.monotonic()))):
            if time.monotonic() >= self.deadline:
                self.fire(JobOverTime)
                return
            try:
                alive = self.beat()
            except Exception:  # the database away for a moment: the next beat may get through
                log.warning("heartbeat of job %s failed", self.submission_id, exc_info=True)
                continue
            if not alive:
                self.fire(JobLost)
                return

    def fire(self, exc: type[JobStopped]) -> None:
        """Stop the job with this exception, unless it has already finished its work."""
        with self._lock:
            if not self._armed or self.fired is not None:
                return
            self.fired = exc
            _raise_in(self.job_thread, exc)

    def disarm(self) -> None:
        """The job's work is over: fire no more, and drop an exception not yet raised."""
        with self._lock:
            if self._armed and self.fired is not None:
                _raise_in(self.job_thread, None)
            self._armed = False

    def check(self) -> None:
        """Raise the stop exception if one was fired (called between pages)."""
        if self.fired is not None and self._armed:
            raise self.fired()


PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Make this worker process end when the process that started it ends, however that ends.

    On Linux the kernel sends SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG, as
    systemd and container runtimes do); elsewhere, and as a second line, a thread polls
    the parent's pid. Without this a killed server leaves workers behind that finish its
    jobs a second time after the restart.
    """
    import os
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the polling thread alone
            log.warning("prctl(PR_SET_PDEATHSIG) unavailable; watching the parent's pid only")
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="jianzheng-parent-watch", daemon=True).start()
