"""Shared helpers of the service tests: a small submission made on the fly, an app with a token, polling.

Imported by the test modules (there is no __init__.py in test folders, and a
second conftest.py would shadow tests/conftest.py's module name).
"""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pymupdf
import pytest
import redis
from fastapi.testclient import TestClient

from jianzheng.service.api.app import create_app
from jianzheng.service.api.settings import ServiceSettings
from jianzheng.service.store import Store
from jianzheng.service.store.repo import create_token

CREDIT_CODE = "91650100MA78XXXXX1"
OTHER_CODE = "91650100MA79YYYYY2"

DECLARATION = {
    "enterprise": {
        "name": "新疆天山云数信息技术有限公司",
        "credit_code": CREDIT_CODE,
        "inspection_year": 2024,
        "grade": "乙",
    },
    "projects": [
        {
            "id": "P1",
            "name": "乌鲁木齐市某区政务云平台建设项目",
            "client": "乌鲁木齐市某区数据局",
            "signed_on": "2024-03-05",
            "accepted_on": "2024-11-20",
            "fees": {"software_development": "1200000.00", "hardware_purchase": "800000.00"},
            "services_total": "1200000.00",
            "contract_amount": "2000000.00",
        }
    ],
}

CONTRACT_LINES = [
    "乌鲁木齐市某区政务云平台建设项目合同",
    "甲方：乌鲁木齐市某区数据局",
    "乙方：新疆天山云数信息技术有限公司",
    "合同总价：人民币贰佰万元整（¥2,000,000.00）",
    "签订日期：2024年3月5日",
]


def contract_pdf(lines: list[str] = CONTRACT_LINES, pages: int = 1) -> bytes:
    """A small text-layer PDF (PyMuPDF's built-in CJK font), so no test waits for OCR."""
    doc = pymupdf.open()
    for number in range(pages):
        page = doc.new_page(width=595, height=842)
        for row, line in enumerate([*lines, f"第 {number + 1} 页"]):
            page.insert_text((72, 90 + 28 * row), line, fontname="china-s", fontsize=12)
    data = doc.tobytes()
    doc.close()
    return data


def declaration_bytes(declaration: dict[str, object] = DECLARATION) -> bytes:
    return json.dumps(declaration, ensure_ascii=False).encode("utf-8")


def submission_zip(folder: str = "申报材料") -> bytes:
    """The same submission as one zip, with a sub-folder, as enterprises send it."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}/declaration.json", declaration_bytes())
        archive.writestr(f"{folder}/合同/扫描件01.pdf", contract_pdf())
    return out.getvalue()


def multipart(pdf_pages: int = 1) -> list[tuple[str, tuple[str, bytes, str]]]:
    """The form fields of an upload: declaration plus one attachment."""
    return [
        ("declaration", ("declaration.json", declaration_bytes(), "application/json")),
        ("files", ("合同 扫描件.pdf", contract_pdf(pages=pdf_pages), "application/pdf")),
    ]


def make_settings(tmp_path: Path, **overrides: object) -> ServiceSettings:
    values: dict[str, object] = {
        "data_dir": tmp_path / "data",
        "pool": "thread",
        "workers": 2,
        "ocr_engine": "null",
    }
    values.update(overrides)
    return ServiceSettings(**values)  # type: ignore[arg-type]


def tokens_for(settings: ServiceSettings) -> dict[str, str]:
    """A reviewer's token and two enterprises' tokens in the settings' database."""
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        result = {
            "reviewer": create_token(session, "reviewer", label="审核员张三"),
            "enterprise": create_token(session, "enterprise", CREDIT_CODE),
            "other": create_token(session, "enterprise", OTHER_CODE),
        }
    store.close()
    return result


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def wait_done(client: TestClient, submission_id: str, token: str, timeout: float = 60) -> dict[str, object]:
    """Poll the status until the job finishes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = client.get(f"/submissions/{submission_id}", headers=auth(token)).json()
        if state["status"] in ("done", "failed"):
            return state  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError(f"job {submission_id} did not finish in {timeout} s: {state}")


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A running app (thread pool, SQLite under tmp_path) and its tokens."""
    settings = make_settings(tmp_path)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        yield client, tokens


# PostgreSQL and Redis on 127.0.0.1 (scripts/ensure-services.sh starts them). In CI a missing
# service fails the test; elsewhere it is skipped with the reason. Each test gets a database of
# its own, so parallel runs never collide.
PG_USERS = ("postgres", "root")
REDIS_URL = "redis://127.0.0.1:6379/0"


def _unavailable(what: str, exc: Exception) -> None:
    message = f"{what} is not reachable on 127.0.0.1 ({exc}); run scripts/ensure-services.sh"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _admin_connection() -> psycopg.Connection:
    last: Exception | None = None
    for user in PG_USERS:
        try:
            return psycopg.connect(f"host=127.0.0.1 port=5432 dbname=test user={user}", autocommit=True)
        except psycopg.OperationalError as exc:
            last = exc
    raise last or RuntimeError("no PostgreSQL user")


@pytest.fixture(name="pg_url")
def pg_url_fixture() -> Iterator[str]:
    """A fresh database for this test, dropped afterwards."""
    try:
        admin = _admin_connection()
    except (psycopg.OperationalError, RuntimeError) as exc:
        _unavailable("PostgreSQL", exc)
    name = f"jz_test_{uuid.uuid4().hex[:12]}"
    user = admin.info.user
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql+psycopg://{user}@127.0.0.1:5432/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(name="broker")
def broker_fixture() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        _unavailable("Redis", exc)
    return REDIS_URL


def descendants(pid: int) -> set[int]:
    """Every process started by ``pid``, and by those, read from /proc (Linux)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found |= {child} | descendants(child)
    return found


def running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting for a parent that will never reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_gone(pids: set[int], timeout: float = 10) -> set[int]:
    """Wait for the processes to end; return those still running at the timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = {p for p in pids if running(p)}
        if not left:
            return left
        time.sleep(0.1)
    return {p for p in pids if running(p)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(data: Path, port: int, **settings: str) -> subprocess.Popen[bytes]:
    """`jianzheng serve` in a process group of its own (JIANZHENG_* settings as keywords), once it answers."""
    env = {**os.environ, "JIANZHENG_OCR_ENGINE": "null", "JIANZHENG_WORKERS": "1"}
    env.update({f"JIANZHENG_{key.upper()}": value for key, value in settings.items()})
    command = [sys.executable, "-m", "jianzheng.service", "serve", "--data", str(data), "--port", str(port)]
    data.mkdir(parents=True, exist_ok=True)
    with (data / "server.log").open("ab") as log:  # the child keeps its own copy of the file
        process = subprocess.Popen(command, env=env, start_new_session=True, stderr=log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    raise AssertionError("the server did not start")
