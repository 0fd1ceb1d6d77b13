"""The upload intake and extract share one sniffer: a GIF or WebP scan is stored as what it is and read."""

from __future__ import annotations

import io

from PIL import Image
from service_fixtures import auth, declaration_bytes, service, wait_done

__all__ = ["service"]


def _scan(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(out, fmt)
    return out.getvalue()


def test_gif_and_webp_scans_are_stored_as_images_and_read_as_pages(service):
    client, tokens = service
    files = [
        ("declaration", ("declaration.json", declaration_bytes(), "application/json")),
        ("files", ("合同扫描.gif", _scan("GIF"), "application/octet-stream")),
        ("files", ("验收报告.webp", _scan("WEBP"), "application/octet-stream")),
    ]
    response = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert response.status_code == 202
    submission = response.json()["id"]
    state = wait_done(client, submission, tokens["reviewer"])
    assert state["status"] == "done"
    assert [(f["media"], f["layout_name"]) for f in state["files"][1:]] == [
        ("gif", "001.gif"),
        ("webp", "002.webp"),
    ]
    report = client.get(f"/submissions/{submission}/report", headers=auth(tokens["reviewer"])).json()
    assert not [f for f in report["findings"] if f["code"] == "FILE_UNREADABLE"]
    assert {d["file"] for d in report["documents"]} == {"001.gif", "002.webp"}
    # The reviewer's page view renders them too (it once knew only pdf, jpg, png, tif and bmp).
    for index in (1, 2):
        png = client.get(f"/submissions/{submission}/pages/{index}/1.png", headers=auth(tokens["reviewer"]))
        assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
