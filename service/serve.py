"""`jianzheng serve`: the web service (API, reviewer and pre-check pages) with its job workers."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated

import typer

_TOKEN_IN_URL = re.compile(r"(token=)[^&\s]+")


class RedactTokens(logging.Filter):
    """Keep tokens out of the access log: /login?token=… is how a person logs in once."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_IN_URL.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args
            )
        return True


def serve_command(
    data: Annotated[Path | None, typer.Option("--data", help="data folder (database, files, cache)")] = None,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="port to listen on")] = 8000,
    database_url: Annotated[
        str | None, typer.Option("--database-url", help="SQLAlchemy URL, e.g. postgresql+psycopg://…")
    ] = None,
    broker_url: Annotated[
        str | None, typer.Option("--broker-url", help="Redis URL: run jobs on Celery workers")
    ] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="jobs run at once in the server")] = None,
) -> None:
    """Run the web service; unfinished jobs from an earlier run are queued again at start."""
    import uvicorn

    from jianzheng.models.errors import JianzhengError

    from .api.app import create_app
    from .api.settings import ServiceSettings

    overrides: dict[str, object] = {
        key: value
        for key, value in {
            "data_dir": data,
            "database_url": database_url,
            "broker_url": broker_url,
            "workers": workers,
        }.items()
        if value is not None
    }
    settings = ServiceSettings(**overrides)  # type: ignore[arg-type]
    typer.echo(f"jianzheng: serving on http://{host}:{port}/ (data {settings.data_dir})", err=True)
    logging.getLogger("uvicorn.access").addFilter(RedactTokens())
    try:
        app = create_app(settings)
    except JianzhengError as exc:  # a malformed rules file: say which, and do not start
        typer.echo(f"jianzheng: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from exc
    uvicorn.run(app, host=host, port=port, log_level="info")
