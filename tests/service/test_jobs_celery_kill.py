"""A Celery worker killed mid-job (kill -9, the whole worker) on Redis and PostgreSQL: the job is
handed out again and finished by another worker within 2 minutes, and runs once.

Heartbeats every half second here, so the server's sweeper takes the job as lost after 3 s.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from service_fixtures import (  # noqa: F401  (the fixtures pg_url and broker)
    auth,
    broker_fixture,
    descendants,
    make_settings,
    multipart,
    pg_url_fixture,
    tokens_for,
    wait_done,
    wait_gone,
)

from jianzheng.service.api.app import create_app
from jianzheng.service.api.settings import ServiceSettings
from jianzheng.service.jobs.celery_app import make_celery, visibility_timeout
from jianzheng.service.store import Store
from jianzheng.service.store.tables import SubmissionRow

pytestmark = pytest.mark.services
PAGES = 200


@pytest.fixture
def start_worker(tmp_path, pg_url, broker) -> Iterator[Callable[[], subprocess.Popen[bytes]]]:
    """Starts Celery workers (prefork, one job process) configured like the server; stops them after."""
    env = {
        **os.environ,
        "JIANZHENG_DATA_DIR": str(tmp_path / "data"),
        "JIANZHENG_DATABASE_URL": pg_url,
        "JIANZHENG_BROKER_URL": broker,
        "JIANZHENG_CELERY_QUEUE": f"jz-test-{uuid.uuid4().hex[:12]}",
        "JIANZHENG_OCR_ENGINE": "null",
        "JIANZHENG_HEARTBEAT_SECONDS": "0.5",
    }
    started: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "celery", "-A", "jianzheng.service.jobs.celery_app", "worker"]
        command += [
            "-c",
            "1",
            "-Q",
            env["JIANZHENG_CELERY_QUEUE"],
            "-l",
            "warning",
            "-n",
            f"w{len(started)}@%h",
        ]
        command += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
        worker = subprocess.Popen(command, env=env, start_new_session=True)
        started.append(worker)
        return worker

    start.env = env  # type: ignore[attr-defined]
    yield start
    for worker in started:
        if worker.poll() is None:
            left = descendants(worker.pid)
            worker.terminate()
            worker.wait(timeout=60)
            wait_gone(left)


def test_the_celery_settings_hand_a_lost_job_back_only_after_the_job_limit():
    settings = ServiceSettings(job_seconds=1800)
    conf = make_celery(settings).conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.broker_transport_options["visibility_timeout"] == visibility_timeout(settings)
    assert conf.task_time_limit > settings.job_seconds
    assert visibility_timeout(settings) > conf.task_time_limit  # never handed out while it may still run


def test_a_job_whose_celery_worker_is_killed_is_finished_by_another_within_two_minutes(
    tmp_path, start_worker
):
    env = start_worker.env
    settings = make_settings(
        tmp_path,
        database_url=env["JIANZHENG_DATABASE_URL"],
        broker_url=env["JIANZHENG_BROKER_URL"],
        celery_queue=env["JIANZHENG_CELERY_QUEUE"],
        heartbeat_seconds=0.5,
    )
    tokens = tokens_for(settings)
    first = start_worker()
    store = Store(settings.data_dir, settings.resolved_database_url())
    with TestClient(create_app(settings)) as client:
        submission_id = client.post(
            "/submissions", files=multipart(PAGES), headers=auth(tokens["reviewer"])
        ).json()["id"]
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            with store.session() as session:
                if session.get(SubmissionRow, submission_id).status == "running":
                    break
            time.sleep(0.05)
        processes = {first.pid} | descendants(first.pid)
        os.kill(first.pid, signal.SIGKILL)  # the worker's main process, mid-job
        killed_at = time.monotonic()
        first.wait()
        assert not wait_gone(processes, timeout=5), "the job process outlived its worker"
        start_worker()
        state = wait_done(client, submission_id, tokens["reviewer"], timeout=120)
        took = time.monotonic() - killed_at
    assert state["status"] == "done", state
    assert took < 120
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        assert row.attempts == 2 and row.pages_total == PAGES
    store.close()
    print(f"kill -9 of the Celery worker: job done {took:.1f} s later")
