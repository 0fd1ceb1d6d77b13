"""The report as one self-contained HTML page for people.

Thin first version: a table of findings. Page thumbnails with evidence boxes grow here (issue 6).
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from jianzheng.models import Report

_env = Environment(loader=PackageLoader("jianzheng.service", "templates"), autoescape=select_autoescape())


def render_html(report: Report, submission: Path) -> str:
    """The report rendered for a reviewer."""
    return _env.get_template("report.html").render(report=report, submission=submission.name)
