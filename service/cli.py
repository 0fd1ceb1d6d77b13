"""The command line: ``jianzheng check``, ``serve``, ``token``, ``models``.

Only this module (and the web API) turns errors into exit codes; the
pipeline raises.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from jianzheng.models import Report, Severity
from jianzheng.models.errors import JianzhengError

app = typer.Typer(
    help="鉴证 jianzheng: cross-checks annual-inspection filings against their evidence.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

_STATUS_MARK = {"ok": "✓", "warning": "!", "review": "?", "error": "✗", "missing": "∅"}


@app.callback()
def _root() -> None:
    """鉴证 jianzheng: cross-checks annual-inspection filings against their evidence."""


def _fail(message: str, code: int = 2) -> None:
    # soft_wrap: one line whatever the terminal width, so scripts can read it
    err.print(f"jianzheng: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def print_summary(report: Report, console: Console) -> None:
    """A short human summary: one line per declared project, then findings by severity."""
    sub = report.submission
    console.print(
        f"{sub.enterprise or '(no declaration)'}  {sub.credit_code or ''}  {sub.inspection_year or ''}"
    )
    s = report.summary
    console.print(
        f"{s.files} files, {s.pages} pages ({s.ocr_pages} OCR), {len(report.documents)} documents, {s.seconds:.1f} s"
    )
    for verdict in report.projects:
        mark = _STATUS_MARK[verdict.status]
        console.print(
            f"  {mark} {verdict.project_id:<6} {verdict.status:<8} {verdict.findings} findings", markup=False
        )
    for severity in Severity:
        group = [f for f in report.findings if f.severity == severity]
        if group:
            console.print(f"{severity.value} ({len(group)}):")
            for finding in group:
                where = f"[{finding.project_id}] " if finding.project_id else ""
                console.print(f"  {finding.code}  {where}{finding.message}", markup=False, highlight=False)


@app.command("check")
def check_command(
    submissions: Annotated[
        list[Path], typer.Argument(help="the submission folder (several with --out-dir)", show_default=False)
    ],
    out: Annotated[Path | None, typer.Option("--out", help="write the JSON report here")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="write an HTML report here")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print the JSON report instead of a summary")
    ] = False,
    out_dir: Annotated[
        Path | None, typer.Option("--out-dir", help="check several submissions; write DIR/<name>.json each")
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="data folder (duplicate index, OCR cache); default: $JIANZHENG_DATA_DIR (or $JIANZHENG_DATA), else the user's",
        ),
    ] = None,
) -> None:
    """Check one submission folder and summarise what a reviewer should look at."""
    from jianzheng.models.settings import Settings

    from .pipeline import check
    from .rules_files import validate_rules

    try:
        # Before any submission: a malformed rules file stops the whole run (several
        # submissions included), not each report half-way through.
        validate_rules()
    except JianzhengError as exc:
        _fail(str(exc), exc.exit_code)
        return
    # The command line remembers filings across runs: in --data, else the configured or the user's folder.
    settings = Settings(data_dir=data or Settings().data_dir)
    if out_dir is not None or len(submissions) > 1:
        from .multi import check_many

        if out_dir is None:
            _fail("several submissions need --out-dir")
            return
        for result in check_many(submissions, out_dir, settings=settings):
            line = f"{result.submission} -> {result.report_path or result.error}"
            err.print(line, markup=False, highlight=False, soft_wrap=True)
        return
    submission = submissions[0]
    show_bar = sys.stderr.isatty() and not as_json
    try:
        if show_bar:
            with Progress(
                TextColumn("pages"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err
            ) as bar:
                task = bar.add_task("pages", total=None)
                report = check(
                    submission,
                    progress=lambda done, total: bar.update(task, completed=done, total=total),
                    settings=settings,
                )
        else:
            report = check(submission, settings=settings)
    except JianzhengError as exc:
        _fail(str(exc), exc.exit_code)
        return
    text = report.to_json()
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)  # `make demo` writes into out/ on a fresh clone
        out.write_text(text, encoding="utf-8")
    if html:
        from .html import render_html

        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(render_html(report, submission), encoding="utf-8")
    if as_json:
        typer.echo(text)
    else:
        print_summary(report, Console())


def main() -> None:
    """Entry point for ``python -m jianzheng.service``."""
    app()


# Commands that live in modules of their own, registered in one place. The
# workshop's tools (samples, evaluate, bench, fuzz, loadtest) are `jianzheng-dev`'s.
def _register() -> None:
    from .models_cli import models_app
    from .serve import serve_command
    from .tokens import token_app

    app.command("serve")(serve_command)
    app.add_typer(token_app, name="token")
    app.add_typer(models_app, name="models")


_register()
