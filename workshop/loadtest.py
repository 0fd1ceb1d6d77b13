"""`jianzheng-dev loadtest`: N concurrent uploads on loopback; throughput, latency percentiles, all reports present."""

from __future__ import annotations

import glob
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import httpx
import typer

from jianzheng.extract.submission import find_submission
from jianzheng_workshop.paths import CORPUS


@dataclass
class Outcome:
    sample: str
    upload_s: float
    total_s: float
    status: str
    pages: int
    has_report: bool


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def form_of(folder: Path) -> list[tuple[str, tuple[str, bytes, str]]]:
    """The multipart fields of one sample submission folder."""
    found = find_submission(folder)
    fields = []
    if found.declaration:
        fields.append(
            (
                "declaration",
                (found.declaration.name, found.declaration.read_bytes(), "application/octet-stream"),
            )
        )
    for path in found.attachments:
        fields.append(("files", (path.name, path.read_bytes(), "application/octet-stream")))
    return fields


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def local_server(workers: int, ocr_engine: str, data: Path) -> Iterator[tuple[str, str]]:
    """A server in this process on a free loopback port, with a reviewer token: (url, token)."""
    import uvicorn

    from jianzheng.service.api.app import create_app
    from jianzheng.service.api.settings import ServiceSettings
    from jianzheng.service.store import Store
    from jianzheng.service.store.repo import create_token

    settings = ServiceSettings(data_dir=data, workers=workers, ocr_engine=ocr_engine)
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        token = create_token(session, "reviewer", label="loadtest")
    store.close()
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", token
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def one_upload(url: str, token: str, sample: Path, timeout: float) -> Outcome:
    """Upload one sample and wait for its report."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=120) as client:
        started = time.monotonic()
        response = client.post("/submissions", files=form_of(sample))
        uploaded = time.monotonic() - started
        if response.status_code != 202:
            return Outcome(str(sample), uploaded, uploaded, f"http {response.status_code}", 0, False)
        submission_id = response.json()["id"]
        state: dict[str, object] = {"status": "queued"}
        while time.monotonic() - started < timeout:
            state = client.get(f"/submissions/{submission_id}").json()
            if state["status"] in ("done", "failed"):
                break
            time.sleep(0.25)
        total = time.monotonic() - started
        report = client.get(f"/submissions/{submission_id}/report")
        ok = report.status_code == 200 and report.json().get("schema") == "jianzheng.report/1"
        pages = int(report.json()["summary"]["pages"]) if ok else 0
        return Outcome(str(sample), uploaded, total, str(state["status"]), pages, ok)


def run_load(
    url: str, token: str, samples: list[Path], n: int, concurrency: int, timeout: float
) -> list[Outcome]:
    """N uploads, ``concurrency`` at a time, samples taken in turn."""
    picks = [samples[i % len(samples)] for i in range(n)]
    with ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(lambda s: one_upload(url, token, s, timeout), picks))


def summarise(outcomes: list[Outcome], wall_s: float) -> str:
    """The numbers a reader wants: throughput, latency percentiles, whether every report came back."""
    uploads = [o.upload_s for o in outcomes]
    totals = [o.total_s for o in outcomes]
    pages = sum(o.pages for o in outcomes)
    finished = sum(o.has_report for o in outcomes)
    lines = [
        f"submissions: {len(outcomes)}, finished with a report: {finished}/{len(outcomes)}",
        f"wall time: {wall_s:.1f} s; throughput {len(outcomes) / wall_s:.2f} submissions/s, {pages / wall_s:.1f} pages/s",
        "upload (202) latency s: " + ", ".join(f"p{q} {percentile(uploads, q):.2f}" for q in (50, 90, 99)),
        "upload-to-report latency s: "
        + ", ".join(f"p{q} {percentile(totals, q):.2f}" for q in (50, 90, 99))
        + f", mean {statistics.fmean(totals):.2f}",
    ]
    lines += [f"  not finished: {o.sample} ({o.status})" for o in outcomes if not o.has_report]
    return "\n".join(lines)


def loadtest_command(
    n: Annotated[int, typer.Option("-n", help="number of uploads")] = 8,
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", help="uploads at once (default: n)")
    ] = None,
    samples: Annotated[
        str,
        typer.Option("--samples", help="glob of submission folders (default: the committed corpus's)"),
    ] = str(CORPUS / "*" / "submission"),
    url: Annotated[
        str | None, typer.Option("--url", help="a running server (default: start one here)")
    ] = None,
    token: Annotated[str | None, typer.Option("--token", help="reviewer token for --url")] = None,
    workers: Annotated[int, typer.Option("--workers", help="job workers of the local server")] = 2,
    ocr_engine: Annotated[
        str, typer.Option("--ocr-engine", help="OCR engine of the local server")
    ] = "rapidocr",
    timeout: Annotated[float, typer.Option("--timeout", help="seconds to wait for one report")] = 600,
) -> None:
    """Upload sample submissions concurrently and report throughput and latency."""
    folders = sorted(Path(p) for p in glob.glob(samples) if Path(p).is_dir())
    if not folders:
        typer.echo(f"jianzheng: no sample submissions match {samples}", err=True)
        raise typer.Exit(2)
    concurrency = concurrency or n
    typer.echo(f"{n} uploads of {len(folders)} samples, {concurrency} at once", err=True)
    if url:
        if not token:
            typer.echo("jianzheng: --url needs --token", err=True)
            raise typer.Exit(2)
        started = time.monotonic()
        outcomes = run_load(url, token, folders, n, concurrency, timeout)
    else:
        with (
            tempfile.TemporaryDirectory() as data,
            local_server(workers, ocr_engine, Path(data)) as (local, tok),
        ):
            started = time.monotonic()
            outcomes = run_load(local, tok, folders, n, concurrency, timeout)
    typer.echo(summarise(outcomes, time.monotonic() - started))
    if not all(o.has_report for o in outcomes):
        raise typer.Exit(1)
