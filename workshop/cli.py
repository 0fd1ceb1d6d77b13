"""``jianzheng-dev``: the workshop's tools, one command each.

What a user of the checker runs is ``jianzheng`` (service/cli.py); these make
samples and measure the checker against them. Each command lives in the module
of its tool and is registered here, in one place.
"""

from __future__ import annotations

import typer

from .bench import bench_command
from .classify_measure import classify_measure_command
from .evaluate import evaluate_command
from .forensics.matrix import matrix_command
from .forensics.measure import measure_command
from .forensics.seal_recall import seal_recall_command
from .forensics.sweep import sweep_command
from .fuzz import fuzz_command
from .loadtest import loadtest_command
from .samples.cli import samples_command

app = typer.Typer(
    help="jianzheng-dev: sample generation and measurements of the jianzheng checker (not the product).",
    no_args_is_help=True,
    add_completion=False,
)

app.command("samples")(samples_command)
app.command("evaluate")(evaluate_command)
app.command("classify-measure")(classify_measure_command)
app.command("bench")(bench_command)
app.command("fuzz")(fuzz_command)
app.command("loadtest")(loadtest_command)
app.command("sweep")(sweep_command)
app.command("measure")(measure_command)
app.command("matrix")(matrix_command)
app.command("seal-recall")(seal_recall_command)


def main() -> None:
    """Entry point for ``python -m jianzheng_workshop``."""
    app()
