"""`jianzheng token create`: API tokens for reviewers and enterprises (only a hash is stored)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

token_app = typer.Typer(help="API tokens.", no_args_is_help=True)


class Role(StrEnum):
    reviewer = "reviewer"
    enterprise = "enterprise"


@token_app.command("create")
def create_command(
    role: Annotated[Role, typer.Option("--role", help="reviewer or enterprise")],
    data: Annotated[Path | None, typer.Option("--data", help="data folder of the service")] = None,
    credit_code: Annotated[
        str | None, typer.Option("--credit-code", help="the enterprise's unified social credit code")
    ] = None,
    label: Annotated[str, typer.Option("--label", help="who holds it (shown in the audit trail)")] = "",
    database_url: Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL")] = None,
) -> None:
    """Create a token and print it (it cannot be shown again)."""
    from .api.settings import ServiceSettings
    from .store import Store
    from .store.repo import create_token

    if role == Role.enterprise and not credit_code:
        typer.echo("jianzheng: an enterprise token needs --credit-code", err=True)
        raise typer.Exit(2)
    overrides = {k: v for k, v in {"data_dir": data, "database_url": database_url}.items() if v is not None}
    settings = ServiceSettings(**overrides)  # type: ignore[arg-type]
    store = Store(settings.data_dir, settings.resolved_database_url())
    try:
        with store.session() as session:
            typer.echo(create_token(session, role.value, credit_code, label))
    finally:
        store.close()
