"""A job whose submission is withdrawn or deleted while it runs stores nothing and cites nothing later."""

from __future__ import annotations

from fastapi.testclient import TestClient
from service_fixtures import auth, make_settings, multipart, tokens_for

from jianzheng.service.api.app import create_app
from jianzheng.service.jobs import task
from jianzheng.service.store import Store
from jianzheng.service.store.tables import SubmissionRow
from jianzheng.verify.forensics.duplicate_store import SqliteDuplicateStore


def _queued(settings) -> str:
    tokens = tokens_for(settings)
    with TestClient(create_app(settings, start_jobs=False)) as client:
        return client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()["id"]


def _index(settings) -> SqliteDuplicateStore:
    return SqliteDuplicateStore.in_folder(settings.pipeline_settings().data_dir)


def _while_it_runs(monkeypatch, settings, submission_id, change):
    real_check = task.check

    def check_then_change(folder, **kwargs):
        report = real_check(folder, **kwargs)  # indexes this submission's pages, as a real run does
        store = Store(settings.data_dir, settings.resolved_database_url())
        with store.session() as session:
            change(session, session.get(SubmissionRow, submission_id))
            session.commit()
        store.close()
        return report

    monkeypatch.setattr(task, "check", check_then_change)
    return task.run_submission(submission_id, settings)


def test_a_submission_deleted_while_its_job_runs_leaves_no_pages_in_the_index(tmp_path, monkeypatch):
    settings = make_settings(tmp_path)
    submission_id = _queued(settings)
    key = str(task.work_folder(settings, submission_id).resolve())
    indexed_before_delete: list[int] = []

    def delete(session, row):
        indexed_before_delete.append(sum(p.submission == key for p in _index(settings).pages(exclude="")))
        session.delete(row)

    assert _while_it_runs(monkeypatch, settings, submission_id, delete) == "lost"
    assert indexed_before_delete == [1]  # the run had indexed its one page
    assert [p for p in _index(settings).pages(exclude="") if p.submission == key] == []


def test_a_submission_withdrawn_while_its_job_runs_stays_withdrawn(tmp_path, monkeypatch):
    settings = make_settings(tmp_path)
    submission_id = _queued(settings)

    def withdraw(_session, row):
        row.status = "withdrawn"

    assert _while_it_runs(monkeypatch, settings, submission_id, withdraw) == "lost"
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        row = session.get(SubmissionRow, submission_id)
        assert (row.status, row.report_json) == ("withdrawn", None)
    store.close()
