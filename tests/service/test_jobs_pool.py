"""The in-server worker pool for real: `jianzheng serve` killed or stopped mid-job leaves no worker
behind, and its job runs once, after the restart.

Heartbeats every half second here, so a job whose worker died is taken as lost after 3 s
(the default, 5 s and 30 s, is for real machines).
"""

from __future__ import annotations

import os
import signal
import time

import httpx
import pytest
from service_fixtures import (
    auth,
    descendants,
    free_port,
    make_settings,
    multipart,
    running,
    serve,
    tokens_for,
    wait_gone,
)

from jianzheng.service.store import Store
from jianzheng.service.store.tables import SubmissionRow

PAGES = 200
"""Enough text pages for the job to be caught running (a few seconds without OCR)."""
FAST_BEATS = {"heartbeat_seconds": "0.5"}


def _upload_and_wait_running(url: str, token: str) -> str:
    response = httpx.post(f"{url}/submissions", files=multipart(PAGES), headers=auth(token), timeout=60)
    assert response.status_code == 202, response.text
    submission_id = response.json()["id"]
    deadline = time.monotonic() + 90  # the worker process imports the pipeline first
    while time.monotonic() < deadline:
        state = httpx.get(f"{url}/submissions/{submission_id}", headers=auth(token)).json()
        if state["status"] == "running":
            return str(submission_id)
        assert state["status"] == "queued", state
        time.sleep(0.05)
    raise AssertionError("the job never started")


def _row(settings, submission_id: str) -> SubmissionRow:
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
    store.close()
    return row


def _finish_after_restart(settings, port: int, submission_id: str, token: str) -> dict[str, object]:
    server = serve(settings.data_dir, port, **FAST_BEATS)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        state: dict[str, object] = {}
        while time.monotonic() < deadline:
            state = httpx.get(f"{url}/submissions/{submission_id}", headers=auth(token)).json()
            if state["status"] in ("done", "failed"):
                break
            time.sleep(0.2)
        return state
    finally:
        workers = descendants(server.pid)
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        assert not wait_gone(workers), "workers outlived a stopped server"


@pytest.mark.slow
def test_a_killed_server_leaves_no_worker_and_its_job_runs_once_after_restart(tmp_path):
    settings = make_settings(tmp_path, pool="process")
    tokens = tokens_for(settings)
    port = free_port()
    server = serve(settings.data_dir, port, **FAST_BEATS)
    try:
        submission_id = _upload_and_wait_running(f"http://127.0.0.1:{port}", tokens["reviewer"])
        workers = descendants(server.pid)
        assert workers, "the job runs in a worker process"
    finally:
        os.kill(server.pid, signal.SIGKILL)  # the server alone: its workers must notice by themselves
        server.wait()
    assert not wait_gone(workers, timeout=5), "a worker outlived the killed server"
    assert _row(settings, submission_id).status == "running"  # as the server died with it

    started = time.monotonic()
    state = _finish_after_restart(settings, port, submission_id, tokens["reviewer"])
    assert state["status"] == "done", state
    assert time.monotonic() - started < 120
    row = _row(settings, submission_id)
    assert row.attempts == 2 and row.pages_total == PAGES  # the killed run, then one run: no copy


@pytest.mark.slow
def test_a_stopped_server_stops_its_workers_and_queues_the_job_again(tmp_path):
    settings = make_settings(tmp_path, pool="process")
    tokens = tokens_for(settings)
    port = free_port()
    server = serve(settings.data_dir, port, **FAST_BEATS)
    try:
        submission_id = _upload_and_wait_running(f"http://127.0.0.1:{port}", tokens["reviewer"])
        workers = descendants(server.pid)
    finally:
        os.kill(server.pid, signal.SIGTERM)
        assert server.wait(timeout=60) is not None
    assert not wait_gone(workers, timeout=5), "a worker outlived the stopped server"
    row = _row(settings, submission_id)
    assert (row.status, row.attempts) == ("queued", 0)  # given back, the interruption not counted

    state = _finish_after_restart(settings, port, submission_id, tokens["reviewer"])
    assert state["status"] == "done", state
    assert _row(settings, submission_id).attempts == 1
    assert not running(server.pid)
