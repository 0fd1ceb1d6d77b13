"""``jianzheng samples``: generate a sample corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def samples_command(
    out: Annotated[Path, typer.Option("--out", help="folder to write the sample set into")],
    seed: Annotated[int, typer.Option("--seed", help="random seed")] = 1,
) -> None:
    """Generate realistic sample submissions with their ground truth."""
    typer.echo("not built yet", err=True)
    raise typer.Exit(1)
