"""The project's error hierarchy. Library code raises these; only the CLI and the API translate them."""

from __future__ import annotations


class JianzhengError(Exception):
    """Base of every error the project raises on purpose."""

    exit_code = 1
    http_status = 500


class InputError(JianzhengError):
    """The input (a path, a file, a declaration) cannot be used."""

    exit_code = 2
    http_status = 422


class UnreadableFile(InputError):
    """One attachment cannot be read; the reason is the message (becomes FILE_UNREADABLE)."""


class RuleError(JianzhengError):
    """A rules data file is malformed; the message names the file and the key.

    Exit code 2, like a bad input: the run cannot start (issue 16: rules are
    validated at start-up and a malformed file stops the run with exit code 2).
    """

    exit_code = 2
    http_status = 500


class EngineError(JianzhengError):
    """The OCR engine (or another engine) failed or is not installed."""

    exit_code = 4
    http_status = 503
