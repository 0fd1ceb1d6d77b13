"""`jianzheng-dev` holds the workshop's commands; `jianzheng` holds only what a user runs."""

from __future__ import annotations

from typer.main import get_group
from typer.testing import CliRunner

from jianzheng.service.cli import app as product_app
from jianzheng_workshop.cli import app as workshop_app

WORKSHOP_COMMANDS = {
    "samples",
    "evaluate",
    "classify-measure",
    "bench",
    "fuzz",
    "loadtest",
    "sweep",
    "measure",
    "matrix",
    "seal-recall",
}


def _commands(app) -> set[str]:
    return set(get_group(app).commands)


def test_the_workshop_command_has_every_tool():
    assert _commands(workshop_app) == WORKSHOP_COMMANDS


def test_the_product_command_has_only_the_users_verbs():
    assert _commands(product_app) == {"check", "serve", "token", "models"}
    moved = CliRunner().invoke(product_app, ["samples", "--out", "x"])
    assert moved.exit_code == 2 and "No such command" in moved.output


def test_tools_that_read_a_corpus_state_their_default_in_help():
    for command in ("sweep", "matrix", "seal-recall", "fuzz", "loadtest", "bench"):
        result = CliRunner().invoke(workshop_app, [command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "the committed corpus" in result.output, command
