"""README's "Service" section, run as written: every shell command of it, in order, from a folder
holding `.venv`. The server and the worker run in the background and are probed; an upload goes
through each set-up (SQLite with the pool; PostgreSQL with a Celery worker on Redis)."""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import psycopg
import pytest
from service_fixtures import auth, descendants, multipart, wait_gone

pytestmark = [pytest.mark.services, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
URL = "http://127.0.0.1:8000"


def section_commands() -> list[str]:
    """The command lines of the fenced sh blocks between "## Service" and the next section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Service\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def _wait_answering(process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped"
        try:
            httpx.get(f"{URL}/openapi.json", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the server did not answer")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C, as the README says (SIGINT to the terminal's process group); then nothing may be left."""
    children = descendants(process.pid)
    os.killpg(process.pid, signal.SIGINT)
    assert process.wait(timeout=60) is not None
    assert not wait_gone(children), "the server left processes behind"


def _upload_checked(token: str) -> None:
    response = httpx.post(f"{URL}/submissions", files=multipart(), headers=auth(token), timeout=30)
    assert response.status_code == 202, response.text
    status_url = f"{URL}{response.json()['status_url']}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = httpx.get(status_url, headers=auth(token)).json()
        if state["status"] in ("done", "failed"):
            break
        time.sleep(0.3)
    assert state["status"] == "done", state


def _pages_open(reviewer: str, enterprise: str) -> None:
    """Log in as a person does, with ?token= once: a reviewer lands on the queue, an enterprise on the check."""
    for token, landing in ((reviewer, "/queue"), (enterprise, "/check")):
        with httpx.Client(base_url=URL, follow_redirects=True) as browser:
            page = browser.get("/login", params={"token": token})
            assert page.status_code == 200 and page.url.path == landing, page.url


def _port_free() -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", 8000)) != 0


def test_every_command_of_the_service_section_runs_as_written(tmp_path):
    commands = section_commands()
    assert any(" serve " in c for c in commands) and any(" worker " in c for c in commands)
    if not _port_free():
        pytest.fail("port 8000 is taken: the README's commands use it")
    with psycopg.connect("host=127.0.0.1 dbname=test user=postgres", autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = 'jianzheng'").fetchone():
            pytest.fail("a database named jianzheng exists: the README's createdb would fail")
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIANZHENG_")}
    env["JIANZHENG_OCR_ENGINE"] = "null"  # the uploads are text PDFs; no model needs loading
    background: list[subprocess.Popen[bytes]] = []
    tokens: list[str] = []
    server: subprocess.Popen[bytes] | None = None
    try:
        for command in commands:
            if command.startswith("export "):
                name, _, value = command.removeprefix("export ").partition("=")
                env[name] = shlex.split(value)[0]
            elif " serve " in command or " worker " in command:
                process = subprocess.Popen(command, shell=True, cwd=tmp_path, env=env, start_new_session=True)
                background.append(process)
                if " serve " in command:
                    if server is not None:
                        _stop(server)  # the first set-up gives way to the second
                    server = process
                    _wait_answering(server)
                    if not env.get("JIANZHENG_BROKER_URL"):  # the pool inside the server runs the jobs
                        _pages_open(reviewer=tokens[0], enterprise=tokens[1])
                        _upload_checked(tokens[0])
            elif command.startswith("kill "):
                _upload_checked(tokens[-1])  # the Celery worker runs jobs stored in PostgreSQL
                subprocess.run(command, shell=True, cwd=tmp_path, env=env, check=True, timeout=60)
                worker = background[-1]
                assert worker.wait(timeout=60) is not None, "the worker did not stop"
                assert not (tmp_path / "worker1.pid").exists()  # a clean stop removes it
            else:
                done = subprocess.run(
                    command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
                )
                assert done.returncode == 0, (command, done.stderr)
                if " token create " in command:
                    tokens.append(done.stdout.strip())
        assert server is not None
        _stop(server)
    finally:
        for process in background:
            if process.poll() is None:
                left = descendants(process.pid)
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                wait_gone(left)
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "--force", "jianzheng"])
