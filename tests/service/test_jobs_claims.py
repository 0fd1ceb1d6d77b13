"""Jobs run once and within their limits: the claim, the time limit, cancellation on delete."""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from service_fixtures import (  # noqa: F401  (the fixture pg_url)
    auth,
    make_settings,
    multipart,
    pg_url_fixture,
    tokens_for,
    wait_done,
)

from jianzheng.service.api.app import create_app
from jianzheng.service.jobs import claims
from jianzheng.service.store import Store
from jianzheng.service.store.tables import SubmissionRow


def _stored_submission(settings) -> str:
    """An uploaded submission whose job nobody runs yet."""
    tokens = tokens_for(settings)
    with TestClient(create_app(settings, start_jobs=False)) as client:
        response = client.post("/submissions", files=multipart(), headers=auth(tokens["reviewer"]))
    return str(response.json()["id"])


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request, tmp_path):
    if request.param == "sqlite":
        return make_settings(tmp_path)
    return make_settings(tmp_path, database_url=request.getfixturevalue("pg_url"))


def test_of_many_workers_claiming_one_job_exactly_one_gets_it(settings):
    submission_id = _stored_submission(settings)
    store = Store(settings.data_dir, settings.resolved_database_url())
    with ThreadPoolExecutor(8) as workers:
        results = list(workers.map(lambda _: claims.claim(store, submission_id, settings), range(8)))
    held = [r for r in results if r is not None]
    assert len(held) == 1
    assert claims.claim(store, submission_id, settings) is None  # held by a live worker
    assert claims.beat(store, held[0])
    store.close()


def test_a_job_whose_worker_went_silent_is_queued_again_and_the_old_holder_told_to_stop(settings):
    submission_id = _stored_submission(settings)
    store = Store(settings.data_dir, settings.resolved_database_url())
    first = claims.claim(store, submission_id, settings)
    assert first is not None and claims.requeue_lost(store, settings) == []
    with store.session() as session:  # the worker died: no heartbeat for longer than the stale limit
        row = session.get(SubmissionRow, submission_id)
        row.heartbeat_at = row.started_at = claims.utcnow() - dt.timedelta(
            seconds=settings.stale_seconds() + 1
        )
        session.commit()
    assert claims.requeue_lost(store, settings) == [submission_id]
    second = claims.claim(store, submission_id, settings)
    assert second is not None and second.lease != first.lease
    assert not claims.beat(store, first)  # the old holder, if alive after all, stops and saves nothing
    assert claims.beat(store, second)
    store.close()


def test_a_job_that_ran_its_whole_time_before_its_worker_died_is_failed_as_over_time(tmp_path):
    settings = make_settings(tmp_path, job_seconds=60)
    submission_id = _stored_submission(settings)
    store = Store(settings.data_dir, settings.resolved_database_url())
    assert claims.claim(store, submission_id, settings) is not None
    with store.session() as session:  # ran 61 s, then nothing (killed past the limit)
        row = session.get(SubmissionRow, submission_id)
        row.started_at = claims.utcnow() - dt.timedelta(seconds=100)
        row.heartbeat_at = claims.utcnow() - dt.timedelta(seconds=39)
        session.commit()
    assert claims.requeue_lost(store, settings) == [submission_id]
    assert claims.claim(store, submission_id, settings) is None
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        assert row.status == "failed" and "超过时限（60 秒）" in row.error
    store.close()


def test_a_job_over_the_time_limit_stops_and_fails_with_a_clear_message(tmp_path, monkeypatch):
    # Each page is made to take 20 ms, so that 300 pages outlast the 1 s limit on any machine
    # (a warm process reads them faster than that, and the job would finish in time).
    from jianzheng.service.jobs import task

    real_check = task.check

    def slow_check(folder, *, progress=None, **kwargs):
        def slow_progress(done: int, total: int) -> None:
            time.sleep(0.02)
            if progress is not None:
                progress(done, total)

        return real_check(folder, progress=slow_progress, **kwargs)

    monkeypatch.setattr(task, "check", slow_check)
    settings = make_settings(tmp_path, job_seconds=1)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        started = time.monotonic()
        response = client.post("/precheck", files=multipart(300), headers=auth(tokens["enterprise"]))
        submission_id = response.json()["id"]
        state = wait_done(client, submission_id, tokens["enterprise"], timeout=60)
        answer = client.get(f"/precheck/{submission_id}", headers=auth(tokens["enterprise"])).json()
    assert state["status"] == "failed" and "超过时限（1 秒）" in str(state["error"])
    assert answer["verdict"] == "failed" and "超过时限" in answer["error"]
    assert time.monotonic() - started < 30  # stopped, not run to its end


@pytest.mark.slow
def test_deleting_a_submission_kills_its_running_job_and_the_pool_goes_on(tmp_path):
    settings = make_settings(tmp_path, pool="process", workers=1)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        queue = client.app.state.services.queue
        submission_id = client.post(
            "/submissions", files=multipart(300), headers=auth(tokens["reviewer"])
        ).json()["id"]
        deadline = time.monotonic() + 90  # the worker process imports the pipeline, then claims the job
        while time.monotonic() < deadline:
            state = client.get(f"/submissions/{submission_id}", headers=auth(tokens["reviewer"])).json()
            if state["status"] == "running":
                break
            time.sleep(0.05)
        worker = queue.slots[0].process
        assert worker is not None and worker.is_alive()
        assert (
            client.delete(f"/submissions/{submission_id}", headers=auth(tokens["reviewer"])).status_code
            == 204
        )
        deadline = time.monotonic() + 5
        while (worker.is_alive() or queue.running()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not worker.is_alive() and not queue.running()
        after = client.post("/submissions", files=multipart(), headers=auth(tokens["reviewer"])).json()["id"]
        assert wait_done(client, after, tokens["reviewer"], timeout=90)["status"] == "done"


def test_deleting_a_submission_stops_its_job_in_a_thread_pool_too(tmp_path):
    settings = make_settings(tmp_path, workers=1)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        queue = client.app.state.services.queue
        submission_id = client.post(
            "/submissions", files=multipart(300), headers=auth(tokens["reviewer"])
        ).json()["id"]
        deadline = time.monotonic() + 30
        while (
            client.get(f"/submissions/{submission_id}", headers=auth(tokens["reviewer"])).json()["status"]
            != "running"
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)
        assert (
            client.delete(f"/submissions/{submission_id}", headers=auth(tokens["reviewer"])).status_code
            == 204
        )
        # The job stops at its next check between pages or stages; on a loaded two-core machine a
        # stage of a 300-page file can take seconds (the checks of 300 pages alone took 4 s on an idle
        # one, and a clean-clone CI run once saw it still running after 10 s).
        deadline = time.monotonic() + 30
        while queue.running() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not queue.running()
