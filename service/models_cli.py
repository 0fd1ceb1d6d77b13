"""`jianzheng models build` / `jianzheng models status`: the int8 text detector (extract/ocr/int8.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

models_app = typer.Typer(
    help="OCR models: build the int8 text detector, show which models OCR uses.", no_args_is_help=True
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"


@models_app.command("build")
def build_command(
    images: Annotated[
        Path | None,
        typer.Option(
            "--images", help="folder of scans and photos to calibrate on (default: the committed samples)"
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="build again even where built")] = False,
) -> None:
    """Build the int8 text detector from the rapidocr wheel's float model (no network)."""
    from jianzheng.extract.ocr import int8

    if not force and int8.built_models():
        typer.echo(f"already built in {int8.model_dir()}")
        return
    folder = images or SAMPLES
    files = int8.sample_images(folder) if folder.is_dir() else []
    if not files:
        typer.echo(f"jianzheng: no scans to calibrate on in {folder}", err=True)
        raise typer.Exit(2)
    try:
        built = int8.build(files)
    except ValueError as exc:
        typer.echo(f"jianzheng: {exc}", err=True)
        raise typer.Exit(2) from exc
    for kind, path in built.items():
        typer.echo(f"{kind}: {path}")


@models_app.command("status")
def status_command() -> None:
    """Say which models OCR runs with on this machine, and why."""
    from jianzheng.extract.ocr import int8

    built = int8.built_models()
    typer.echo(f"CPU has VNNI: {'yes' if int8.cpu_has_vnni() else 'no'}")
    typer.echo(f"int8 models: {', '.join(str(p) for p in built.values()) if built else 'not built'}")
    in_use = (
        "int8 detector, float recogniser" if built and int8.cpu_has_vnni() else "float models (the wheel's)"
    )
    typer.echo(f"CPU OCR runs with: {in_use}")
