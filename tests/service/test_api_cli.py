"""The commands around the service: `jianzheng token create` prints a usable token; the access log hides it."""

from __future__ import annotations

import logging

from typer.testing import CliRunner

from jianzheng.service.cli import app
from jianzheng.service.serve import RedactTokens
from jianzheng.service.store import Store
from jianzheng.service.store.repo import find_token


def test_token_create_prints_a_token_bound_to_a_credit_code(tmp_path):
    runner = CliRunner()
    args = [
        "token",
        "create",
        "--data",
        str(tmp_path),
        "--role",
        "enterprise",
        "--credit-code",
        "91650100MA78XXXXX1",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    store = Store(tmp_path, f"sqlite:///{tmp_path / 'jianzheng.db'}")
    with store.session() as session:
        row = find_token(session, token)
        assert (row.role, row.credit_code) == ("enterprise", "91650100MA78XXXXX1")
    store.close()


def test_an_enterprise_token_without_a_credit_code_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["token", "create", "--data", str(tmp_path), "--role", "enterprise"])
    assert result.exit_code == 2
    assert "--credit-code" in result.output


def test_the_access_log_never_shows_a_token():
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        "",
        0,
        '%s - "%s %s"',
        ("1.2.3.4", "GET", "/login?token=abc123&x=1"),
        None,
    )
    RedactTokens().filter(record)
    assert "abc123" not in record.getMessage() and "token=***&x=1" in record.getMessage()
