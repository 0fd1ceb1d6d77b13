"""``jianzheng evaluate``: score reports against the ground truth of a sample set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def evaluate_command(
    samples_dir: Annotated[
        Path, typer.Argument(help="a sample set: folders with submission/ and truth.json")
    ],
) -> None:
    """Run check on every sample submission and print the score table."""
    typer.echo("not built yet", err=True)
    raise typer.Exit(1)
