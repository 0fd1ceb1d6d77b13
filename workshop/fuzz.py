"""`jianzheng-dev fuzz`: a hostile corpus made from real files, read with a time limit per file.

Each mutated file is read in a worker process (null OCR engine: the readers,
renderers and image steps are what is under test), so that a crash in native
code or a hang is counted, not suffered. Goal: 0 crashes, 0 hangs.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import random
import struct
import traceback
import zlib
from collections import Counter
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Annotated

import typer

from jianzheng.models.errors import UnreadableFile
from jianzheng_workshop.paths import CORPUS

_EXTENSIONS = [".pdf", ".jpg", ".png", ".tif", ".bmp", ".ofd", ".xml", ".txt"]
_SOURCE_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".ofd", ".xml"}


def seed_files(folders: list[Path], limit_bytes: int = 5_000_000) -> list[Path]:
    """The real files mutations start from, in a fixed order."""
    found = [
        p
        for folder in folders
        if folder.is_dir()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix.lower() in _SOURCE_SUFFIXES and p.stat().st_size <= limit_bytes
    ]
    return found


# Mutations: each takes the seed's bytes and a random generator and returns new bytes.
def bit_flips(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 64)):
        i = rnd.randrange(len(out))
        out[i] ^= 1 << rnd.randrange(8)
    return bytes(out)


def truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randrange(1, max(len(data), 2))]


def splice_header(data: bytes, rnd: random.Random) -> bytes:
    header = rnd.choice(
        [b"%PDF-1.7\n", b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"PK\x03\x04", b"<?xml "]
    )
    return header + data[rnd.randrange(0, min(len(data), 4096)) :]


def overwrite_block(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    start = rnd.randrange(len(out))
    length = min(len(out) - start, rnd.randint(16, 4096))
    out[start : start + length] = rnd.randbytes(length)
    return bytes(out)


MUTATIONS = {
    "bitflip": bit_flips,
    "truncate": truncate,
    "splice": splice_header,
    "overwrite": overwrite_block,
}


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@cache
def bombs() -> dict[str, bytes]:
    """Files built to exhaust a reader: huge declared images, absurd pages, zip and XML bombs."""
    import io
    import zipfile

    import pymupdf

    png = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0))
    png += _png_chunk(b"IDAT", zlib.compress(b"\x00" * 1_000_000, 9)) + _png_chunk(b"IEND", b"")
    doc = pymupdf.open()
    doc.new_page(width=14_000, height=14_000)
    huge_page = doc.tobytes()
    doc = pymupdf.open()
    for _ in range(2100):
        doc.new_page(width=10, height=10)
    many_pages = doc.tobytes(garbage=0)
    zip_buffer = io.BytesIO()
    with zipfile.ZipFile(zip_buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", "<OFD/>")
        with archive.open("Doc_0/big.xml", "w") as member:
            for _ in range(310):
                member.write(bytes(1_000_000))
    laughs = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8)
    )
    laughs += b"]><l>&i;</l>"
    tiff_header = b"II*\x00\x08\x00\x00\x00" + struct.pack("<H", 3)
    tiff_header += struct.pack("<HHII", 256, 4, 1, 200_000) + struct.pack("<HHII", 257, 4, 1, 200_000)
    tiff_header += struct.pack("<HHII", 258, 3, 1, 8) + b"\x00\x00\x00\x00"
    return {
        "bomb_png_100k.png": png,
        "bomb_pdf_huge_page.pdf": huge_page,
        "bomb_pdf_2100_pages.pdf": many_pages,
        "bomb_zip.ofd": zip_buffer.getvalue(),
        "bomb_xml_laughs.xml": laughs,
        "bomb_tiff_200k.tif": tiff_header,
        "empty.pdf": b"",
        "blank_spaces.jpg": b"   \n",
        "zero_pages.pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    }


def build_corpus(out: Path, count: int, seed: int, folders: list[Path]) -> list[Path]:
    """Write ``count`` hostile files into ``out`` (bombs first, then mutations of the seeds)."""
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    written: list[Path] = []
    for name, data in bombs().items():
        if len(written) >= count:
            break
        (out / name).write_bytes(data)
        written.append(out / name)
    seeds = seed_files(folders)
    if not seeds:
        raise typer.BadParameter(f"no files to mutate in {', '.join(map(str, folders))}", param_hint="--from")
    cache: dict[Path, bytes] = {}
    while len(written) < count:
        source = rnd.choice(seeds)
        data = cache.setdefault(source, source.read_bytes())
        kind = rnd.choice([*MUTATIONS, "wrong_extension"])
        mutated = data if kind == "wrong_extension" else MUTATIONS[kind](data, rnd) if data else b""
        suffix = rnd.choice(_EXTENSIONS) if kind == "wrong_extension" else source.suffix
        path = out / f"{len(written):04d}_{kind}_{source.stem[:24]}{suffix}"
        path.write_bytes(mutated)
        written.append(path)
    return written


def _worker(conn: Connection, max_pages: int) -> None:
    """Read files sent over the pipe; answer ok / unreadable / error (an exception that escaped)."""
    from jianzheng.extract.ocr import NullOcrEngine
    from jianzheng.extract.read import read_file

    engine = NullOcrEngine()
    while True:
        path = conn.recv()
        if path is None:
            return
        try:
            pages = 0
            for _ in read_file(Path(path), Path(path).name, engine=engine):
                pages += 1
                if pages >= max_pages:
                    break
            conn.send(("ok", str(pages)))
        except UnreadableFile as exc:
            conn.send(("unreadable", str(exc)))
        except Exception:  # the fuzzer's job is to record exactly these
            conn.send(("error", traceback.format_exc(limit=6)))


class _Runner:
    """One worker process, replaced after a crash or a hang."""

    def __init__(self, max_pages: int) -> None:
        self.max_pages = max_pages
        self.ctx = mp.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, self.max_pages), daemon=True)
        self.proc.start()

    def read(self, path: Path, timeout: float) -> tuple[str, str]:
        try:
            self.conn.send(str(path))
        except OSError:  # the worker died on the previous file after answering
            self.proc.join()
            self._start()
            self.conn.send(str(path))
        if not self.conn.poll(timeout):
            self.proc.kill()
            self.proc.join()
            self._start()
            return "hang", f"no answer within {timeout:.0f} s"
        try:
            outcome, detail = self.conn.recv()
        except (EOFError, OSError):
            code = self.proc.exitcode
            self.proc.join()
            self._start()
            return "crash", f"worker died (exit code {code})"
        return outcome, detail

    def close(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()


def run_corpus(files: list[Path], *, timeout: float = 20.0, max_pages: int = 2) -> dict[str, object]:
    """Read every file with a time limit; counts by outcome and the files that crashed, hung or raised."""
    runner = _Runner(max_pages)
    counts: Counter[str] = Counter()
    problems = []
    try:
        for path in files:
            outcome, detail = runner.read(path, timeout)
            counts[outcome] += 1
            if outcome in ("crash", "hang", "error"):
                problems.append({"file": path.name, "outcome": outcome, "detail": detail})
    finally:
        runner.close()
    return {
        "files": len(files),
        "read": counts["ok"],
        "unreadable": counts["unreadable"],
        "crashes": counts["crash"] + counts["error"],
        "hangs": counts["hang"],
        "problems": problems,
    }


def fuzz_command(
    out: Annotated[Path, typer.Option("--out", help="folder for the hostile files and fuzz-report.json")],
    count: Annotated[int, typer.Option("--count", help="how many files to make")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="random seed (the corpus is reproducible)")] = 0,
    timeout: Annotated[float, typer.Option("--timeout", help="seconds allowed per file")] = 20.0,
    folders: Annotated[
        list[Path] | None,
        typer.Option(
            "--from",
            help="folder of real files to mutate (repeatable; default: the committed corpus, "
            "samples/corpus; the README's run adds ../shared/real-docs)",
        ),
    ] = None,
) -> None:
    """Make a hostile corpus from sample and real files and read it: count crashes and hangs."""
    files = build_corpus(out, count, seed, folders or [CORPUS])
    result = run_corpus(files, timeout=timeout)
    (out / "fuzz-report.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    typer.echo(
        f"{result['files']} files: {result['read']} read, {result['unreadable']} unreadable (FILE_UNREADABLE), "
        f"{result['crashes']} crashes, {result['hangs']} hangs"
    )
    if result["crashes"] or result["hangs"]:
        raise typer.Exit(1)
