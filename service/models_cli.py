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


@models_app.command("compare")
def compare_command(
    paths: Annotated[list[Path], typer.Argument(help="files or folders of scans, photos and PDFs")],
) -> None:
    """Read the files with the int8 and with the float detector: how many characters agree.

    The check to run after building with your own `--images`: the recogniser
    is the same, so what differs is which lines were found and how they were cut.
    """
    from collections import Counter

    from jianzheng.extract.ocr import int8
    from jianzheng.extract.ocr.rapid import RapidOcrEngine
    from jianzheng.extract.read import read_file
    from jianzheng.models.errors import JianzhengError

    if not (int8.built_models() and int8.cpu_has_vnni()):
        typer.echo(
            "jianzheng: the int8 detector is not in use here (see `jianzheng models status`)", err=True
        )
        raise typer.Exit(2)
    files = sorted(f for p in paths for f in ([p] if p.is_file() else int8.sample_images(p)))
    engines = {"int8": RapidOcrEngine(int8=True), "float": RapidOcrEngine(int8=False)}
    agree = total = 0
    for path in files:
        chars: dict[str, Counter[str]] = {}
        try:
            for name, engine in engines.items():
                chars[name] = Counter(
                    "".join("".join(p.text.split()) for p in read_file(path, path.name, engine=engine))
                )
        except JianzhengError as exc:
            typer.echo(f"{path.name}: not read ({exc})")
            continue
        same, count = sum((chars["int8"] & chars["float"]).values()), sum(chars["float"].values())
        agree, total = agree + same, total + count
        typer.echo(f"{path.name}: {same}/{count}")
    typer.echo(f"characters agreeing: {agree}/{total} ({agree / max(total, 1):.1%}) over {len(files)} files")
