"""Nothing uploaded is lost when the server stops mid-job: at the next start unfinished jobs run again."""

from __future__ import annotations

import os
import signal
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from service_fixtures import auth, free_port, make_settings, multipart, serve, tokens_for, wait_done

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


@pytest.mark.slow
def test_killing_the_server_mid_job_loses_nothing(tmp_path):
    """The real thing: `jianzheng serve` with its process pool, SIGKILLed right after accepting an upload."""
    settings = make_settings(tmp_path, pool="process")
    tokens = tokens_for(settings)
    port = free_port()
    server = serve(settings.data_dir, port)
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
    server = serve(settings.data_dir, port)
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
