"""In a real browser (Playwright driving Debian's headless Chromium): log in, pre-check, review, dismiss.

scripts/install-browser.sh installs /usr/bin/chromium; in CI a missing browser fails the test.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from service_fixtures import auth, contract_pdf, declaration_bytes, make_settings, submission_zip, tokens_for

from jianzheng.service.api.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture
def live_server(tmp_path) -> Iterator[tuple[str, dict[str, str]]]:
    """The app on a loopback port, served by uvicorn in a thread."""
    settings = make_settings(tmp_path)
    tokens = tokens_for(settings)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", tokens
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        message = "no /usr/bin/chromium: run scripts/install-browser.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def test_precheck_then_review_in_a_browser(live_server, browser, tmp_path):
    from playwright.sync_api import expect

    url, tokens = live_server
    declaration = tmp_path / "declaration.json"
    declaration.write_bytes(declaration_bytes())
    scan = tmp_path / "合同扫描.pdf"
    scan.write_bytes(contract_pdf())

    # The enterprise logs in with its token once (then a cookie), uploads, watches the bar, reads the reasons.
    enterprise = browser.new_context().new_page()
    enterprise.goto(f"{url}/login?token={tokens['enterprise']}")
    expect(enterprise).to_have_url(f"{url}/check")
    enterprise.set_input_files("input[name=declaration]", str(declaration))
    enterprise.set_input_files("input[name=files]", [str(scan)])
    enterprise.get_by_role("button", name="开始预检").click()
    enterprise.wait_for_url(re.compile(r"/check/[0-9a-f]{32}$"), timeout=60_000)
    expect(enterprise.locator("[data-role=verdict]")).to_contain_text("申报会被驳回")
    expect(enterprise.get_by_text("驳回原因：未提供营业执照")).to_be_visible()
    precheck_id = enterprise.url.rsplit("/", 1)[1]

    # The reviewer opens it from the queue, looks at the page with its evidence box, dismisses a finding.
    reviewer = browser.new_context().new_page()
    reviewer.goto(f"{url}/login?token={tokens['reviewer']}")
    reviewer.goto(f"{url}/queue?kind=precheck")
    reviewer.locator(f"a[href='/view/{precheck_id}']").click()
    expect(reviewer.get_by_text("项目 P1")).to_be_visible()
    with_image = reviewer.locator("article.finding", has=reviewer.locator("img[data-src]")).first
    with_image.locator("summary").first.click()
    image = with_image.locator("img").first
    expect(image).to_have_attribute("src", re.compile(r"/pages/1/1\.png"))
    reviewer.wait_for_function("img => img.complete && img.naturalWidth > 500", arg=image.element_handle())
    card = reviewer.locator("article.finding").first
    card.get_by_role("button", name="驳回此问题").click()
    expect(card.locator("[data-role=decision]")).to_contain_text("已驳回")
    finding_id = card.get_attribute("data-finding-id")

    # A reviewer can also upload a filing (here a zip) from the queue page and land on its page.
    archive = tmp_path / "材料.zip"
    archive.write_bytes(submission_zip())
    reviewer.goto(f"{url}/queue")
    reviewer.get_by_text("上传一份申报材料").click()
    reviewer.set_input_files("#submission-form input[name=archive]", str(archive))
    reviewer.get_by_role("button", name="上传并检查").click()
    reviewer.wait_for_url(re.compile(r"/view/[0-9a-f]{32}$"), timeout=60_000)
    expect(reviewer.get_by_text("项目 P1")).to_be_visible()

    trail = httpx.get(f"{url}/findings/{finding_id}/decisions", headers=auth(tokens["reviewer"])).json()
    assert [(d["decision"], d["who"]) for d in trail] == [("dismiss", "审核员张三")]
