"""The scale path for real: PostgreSQL for storage, Redis as broker, a Celery worker running the same task.

Needs PostgreSQL and Redis on 127.0.0.1 (scripts/ensure-services.sh starts them).
In CI a missing service fails the test; elsewhere it is skipped with the reason.
Each run gets a database and a queue of its own, so parallel runs never collide.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from service_fixtures import (  # noqa: F401  (the fixtures pg_url and broker)
    auth,
    broker_fixture,
    make_settings,
    multipart,
    pg_url_fixture,
    submission_zip,
    tokens_for,
    wait_done,
)

from jianzheng.service.api.app import create_app
from jianzheng.service.store import Store
from jianzheng.service.store.tables import FindingRow, SubmissionRow

pytestmark = pytest.mark.services


@pytest.fixture
def celery_worker(tmp_path, pg_url, broker) -> Iterator[dict[str, str]]:
    """A Celery worker (-P solo) in a subprocess, configured like the server through JIANZHENG_* variables."""
    env = {
        **os.environ,
        "JIANZHENG_DATA_DIR": str(tmp_path / "data"),
        "JIANZHENG_DATABASE_URL": pg_url,
        "JIANZHENG_BROKER_URL": broker,
        "JIANZHENG_CELERY_QUEUE": f"jz-test-{uuid.uuid4().hex[:12]}",
        "JIANZHENG_OCR_ENGINE": "null",
    }
    command = [sys.executable, "-m", "celery", "-A", "jianzheng.service.jobs.celery_app", "worker"]
    command += ["-P", "solo", "-Q", env["JIANZHENG_CELERY_QUEUE"], "-l", "warning"]
    command += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
    worker = subprocess.Popen(command, env=env)
    try:
        yield env
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def test_a_celery_worker_on_redis_checks_uploads_stored_in_postgresql(tmp_path, celery_worker):
    settings = make_settings(
        tmp_path,
        database_url=celery_worker["JIANZHENG_DATABASE_URL"],
        broker_url=celery_worker["JIANZHENG_BROKER_URL"],
        celery_queue=celery_worker["JIANZHENG_CELERY_QUEUE"],
    )
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        ids = [
            client.post("/submissions", files=multipart(2), headers=auth(tokens["enterprise"])).json()["id"],
            client.post(
                "/precheck",
                files={"archive": ("a.zip", submission_zip(), "application/zip")},
                headers=auth(tokens["enterprise"]),
            ).json()["id"],
        ]
        for submission_id in ids:
            state = wait_done(client, submission_id, tokens["enterprise"], timeout=120)
            assert state["status"] == "done", state
        report = client.get(f"/submissions/{ids[0]}/report", headers=auth(tokens["reviewer"])).json()
        assert report["summary"]["pages"] == 2
        assert client.get(f"/submissions/{ids[0]}", headers=auth(tokens["other"])).status_code == 404
    store = Store(settings.data_dir, settings.resolved_database_url())
    assert store.engine.dialect.name == "postgresql"
    with store.session() as session:
        rows = session.query(SubmissionRow).all()
        assert {r.id for r in rows} == set(ids) and all(r.attempts == 1 for r in rows)
        assert session.query(FindingRow).count() == sum(r.errors + r.warnings + r.infos for r in rows)
    store.close()
