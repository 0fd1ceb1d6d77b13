"""Nothing uploaded is lost when the server stops mid-job: at the next start unfinished jobs run again."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from service_fixtures import auth, make_settings, multipart, tokens_for, wait_done

from jianzheng.service.api.app import create_app
from jianzheng.service.jobs.task import MAX_ATTEMPTS, run_submission
from jianzheng.service.store import Store
from jianzheng.service.store.tables import SubmissionRow


def test_queued_and_running_jobs_finish_after_a_restart(tmp_path):
    settings = make_settings(tmp_path)
    tokens = tokens_for(settings)
    with TestClient(
        create_app(settings, start_jobs=False)
    ) as client:  # a server that dies before its jobs run
        queued = client.post("/submissions", files=multipart(), headers=auth(tokens["reviewer"])).json()["id"]
        running = client.post("/submissions", files=multipart(2), headers=auth(tokens["reviewer"])).json()[
            "id"
        ]
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        row = session.get(SubmissionRow, running)
        row.status, row.attempts, row.pages_done, row.pages_total = "running", 1, 1, 2  # killed half-way
        session.commit()
    store.close()
    with TestClient(create_app(settings)) as client:
        for submission_id in (queued, running):
            state = wait_done(client, submission_id, tokens["reviewer"])
            assert state["status"] == "done"
            report = client.get(f"/submissions/{submission_id}/report", headers=auth(tokens["reviewer"]))
            assert report.status_code == 200


def test_a_job_that_keeps_killing_its_worker_is_failed_not_retried_for_ever(tmp_path):
    settings = make_settings(tmp_path)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings, start_jobs=False)) as client:
        submission_id = client.post(
            "/submissions", files=multipart(), headers=auth(tokens["reviewer"])
        ).json()["id"]
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        session.get(SubmissionRow, submission_id).attempts = MAX_ATTEMPTS
        session.commit()
    assert run_submission(submission_id, settings) == "skipped"
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        assert row.status == "failed" and "中断" in row.error
    store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(data, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "JIANZHENG_OCR_ENGINE": "null", "JIANZHENG_WORKERS": "1"}
    command = [sys.executable, "-m", "jianzheng.service", "serve", "--data", str(data), "--port", str(port)]
    process = subprocess.Popen(command, env=env, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    raise AssertionError("the server did not start")


@pytest.mark.slow
def test_killing_the_server_mid_job_loses_nothing(tmp_path):
    """The real thing: `jianzheng serve` with its process pool, SIGKILLed right after accepting an upload."""
    settings = make_settings(tmp_path, pool="process")
    tokens = tokens_for(settings)
    port = _free_port()
    server = _serve(settings.data_dir, port)
    url = f"http://127.0.0.1:{port}"
    try:
        response = httpx.post(
            f"{url}/submissions", files=multipart(5), headers=auth(tokens["reviewer"]), timeout=30
        )
        assert response.status_code == 202
        submission_id = response.json()["id"]
    finally:
        os.killpg(server.pid, signal.SIGKILL)  # the server and its worker processes, mid-job
        server.wait()
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        assert session.get(SubmissionRow, submission_id).status in ("queued", "running")
    store.close()
    server = _serve(settings.data_dir, port)
    try:
        deadline = time.monotonic() + 90
        state: dict[str, object] = {}
        while time.monotonic() < deadline:
            state = httpx.get(f"{url}/submissions/{submission_id}", headers=auth(tokens["reviewer"])).json()
            if state["status"] in ("done", "failed"):
                break
            time.sleep(0.3)
        assert state["status"] == "done", state
        assert state["pages_total"] == 5
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
