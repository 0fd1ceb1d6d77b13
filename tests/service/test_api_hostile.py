"""Hostile uploads: zip bombs, path traversal, 0-byte and oversized files, content that lies about its type."""

from __future__ import annotations

import asyncio
import io
import zipfile

import httpx
import pytest
from fastapi.testclient import TestClient
from service_fixtures import (
    auth,
    contract_pdf,
    declaration_bytes,
    make_settings,
    multipart,
    service,
    tokens_for,
    wait_done,
)

from jianzheng.service.api.app import create_app

__all__ = ["service"]
MB = 1024 * 1024


def zipped(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def post_archive(client: TestClient, token: str, data: bytes) -> httpx.Response:
    return client.post(
        "/submissions", files={"archive": ("a.zip", data, "application/zip")}, headers=auth(token)
    )


def stored_blobs(client: TestClient) -> list[str]:
    root = client.app.state.services.store.blobs.root
    return [p.name for p in root.glob("??/*")]


def test_a_zip_bomb_is_refused_by_its_compression_ratio(service):
    client, tokens = service
    bomb = zipped({"declaration.json": declaration_bytes(), "scan.pdf": b"\0" * (50 * MB)})
    assert len(bomb) < MB
    response = post_archive(client, tokens["reviewer"], bomb)
    assert response.status_code == 413
    assert "压缩炸弹" in response.json()["detail"]
    assert stored_blobs(client) == []  # nothing half-stored is left behind


def test_a_zip_larger_than_the_limit_when_expanded_is_refused(tmp_path):
    settings = make_settings(tmp_path, max_zip_bytes=MB)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        random_bytes = bytes(range(256)) * (8 * 1024)  # 2 MB, compresses poorly
        response = post_archive(client, tokens["reviewer"], zipped({"a.pdf": random_bytes}))
        assert response.status_code == 413
        assert "解压后过大" in response.json()["detail"]


def test_a_zip_with_too_many_entries_is_refused(tmp_path):
    settings = make_settings(tmp_path, max_zip_entries=10)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        response = post_archive(
            client, tokens["reviewer"], zipped({f"{i}.pdf": b"%PDF-1.4" for i in range(11)})
        )
        assert response.status_code == 413


@pytest.mark.parametrize(
    "name", ["../../etc/cron.d/evil", "/etc/passwd", "a/../../b.pdf", "C:/Windows/x.pdf"]
)
def test_a_zip_entry_pointing_outside_is_refused(service, tmp_path, name):
    client, tokens = service
    response = post_archive(
        client, tokens["reviewer"], zipped({"declaration.json": declaration_bytes(), name: b"x"})
    )
    assert response.status_code == 422
    assert "不安全" in response.json()["detail"]
    assert not (tmp_path / "etc").exists()


def test_client_file_names_are_display_text_only(service):
    client, tokens = service
    files = [
        ("declaration", ("../../declaration.json", declaration_bytes(), "application/json")),
        ("files", ("..\\..\\windows\\合同\u202e.pdf", contract_pdf(), "application/pdf")),
    ]
    response = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert response.status_code == 202
    state = wait_done(client, response.json()["id"], tokens["reviewer"])
    assert [(f["name"], f["layout_name"]) for f in state["files"]] == [
        ("declaration.json", "declaration.json"),
        ("合同.pdf", "001.pdf"),
    ]


def test_a_zero_byte_file_is_refused_with_its_name(service):
    client, tokens = service
    files = [*multipart(), ("files", ("空文件.pdf", b"", "application/pdf"))]
    response = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert response.status_code == 422
    assert response.json()["detail"] == "文件为空（0 字节）：空文件.pdf"
    assert stored_blobs(client) == []


def test_types_come_from_content_not_from_names_or_headers(service):
    client, tokens = service
    png = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (40, 40), "white").save(png, "PNG")
    files = [
        ("declaration", ("declaration.json", declaration_bytes(), "application/json")),
        ("files", ("contract.pdf", png.getvalue(), "application/pdf")),  # a PNG calling itself a PDF
        ("files", ("invoice.pdf", b"<html><script>alert(1)</script></html>", "application/pdf")),
        ("files", ("photo.jpg", b"MZ\x90\x00 not an image", "image/jpeg")),
    ]
    response = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert response.status_code == 202
    state = wait_done(client, response.json()["id"], tokens["reviewer"])
    assert [(f["media"], f["layout_name"]) for f in state["files"][1:]] == [
        ("png", "001.png"),
        ("xml", "002.xml"),
        ("bin", "003.bin"),
    ]
    assert state["status"] == "done"  # unreadable files become findings, not a failed job


def test_a_declaration_that_is_not_json_or_xlsx_is_refused(service):
    client, tokens = service
    files = [("declaration", ("declaration.json", contract_pdf(), "application/json"))]
    response = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert response.status_code == 415
    assert "申报数据须为 JSON 或 Excel" in response.json()["detail"]


def test_an_archive_that_is_not_a_zip_is_refused(service):
    client, tokens = service
    response = post_archive(client, tokens["reviewer"], contract_pdf())
    assert response.status_code == 415


def _stream_200mb(sent: list[int], chunked: bool) -> httpx.Response:
    """POST 200 MB through the ASGI app, counting what the server actually pulled."""

    async def body():
        head = b'--x\r\nContent-Disposition: form-data; name="files"; filename="big.pdf"\r\n\r\n%PDF-1.4\n'
        sent[0] += len(head)
        yield head
        chunk = b"\0" * MB
        for _ in range(200):
            sent[0] += len(chunk)
            yield chunk

    async def go(app):
        headers = {"Content-Type": "multipart/form-data; boundary=x"}
        if not chunked:
            headers["Content-Length"] = str(200 * MB)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.post("/submissions", content=body(), headers=headers)

    return go


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_200_mb_upload_is_refused_without_reading_it(tmp_path, chunked):
    settings = make_settings(tmp_path, max_upload_bytes=10 * MB)
    app = create_app(settings, start_jobs=False)
    sent = [0]
    response = asyncio.run(_stream_200mb(sent, chunked)(app))
    assert response.status_code == 413
    assert "上传内容过大" in response.json()["detail"]
    assert sent[0] <= 12 * MB  # stopped at the limit, not after 200 MB


def test_more_files_than_the_limit_are_refused(tmp_path):
    settings = make_settings(tmp_path, max_files=2)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings)) as client:
        files = [("files", (f"{i}.pdf", contract_pdf(), "application/pdf")) for i in range(3)]
        response = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
        assert response.status_code == 413
        assert response.json()["detail"] == "附件过多：3 个，上限 2"
