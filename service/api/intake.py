"""Taking an upload in: files into the blob store, typed by content, rows in the database, a job queued."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pymupdf
from fastapi import HTTPException, UploadFile, status
from PIL import Image
from sqlalchemy import func, select

from jianzheng.extract.readers.sniff import IMAGE_MEDIA, SUPPORTED, sniff_file
from jianzheng.service.store import Store, TooLarge
from jianzheng.service.store.repo import new_submission_id
from jianzheng.service.store.tables import FileRow, SubmissionRow, TokenRow

from .archive import read_archive
from .settings import MB, ServiceSettings
from .tenancy import declared_credit_code, require_own_code

DECLARATION_NAMES = ("declaration.json", "declaration.xlsx")


@dataclass(frozen=True)
class Upload:
    """What one request uploaded: a declaration and attachments, or one zip of the whole folder."""

    declaration: UploadFile | None
    files: list[UploadFile]
    archive: UploadFile | None


@dataclass(frozen=True)
class Incoming:
    """A stored upload before it becomes a row."""

    name: str
    sha256: str
    size: int
    media: str


def display_name(name: str | None) -> str:
    """The client's file name as safe display text: last path part, no control characters, bounded."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    clean = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    clean = re.sub(r"\s+", " ", clean).strip()
    return clean[:120] or "未命名文件"


def _store_upload(store: Store, upload: UploadFile, limit: int) -> Incoming:
    try:
        sha, size = store.blobs.put_file(upload.file, limit=limit)
    except TooLarge as exc:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"文件过大：{display_name(upload.filename)}，单个文件上限 {_mb(limit)}",
        ) from exc
    name = display_name(upload.filename)
    if size == 0:
        discard_unused(store, [sha])
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"文件为空（0 字节）：{name}")
    return Incoming(name=name, sha256=sha, size=size, media=sniff_file(store.blobs.path(sha)))


def _mb(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size} 字节"


def count_pages(path: Path, media: str) -> int:
    """Pages the pipeline will read from one stored file: PDF pages, image frames, one for the rest."""
    if media == "pdf":
        try:
            with pymupdf.open(path, filetype="pdf") as doc:
                return int(doc.page_count)
        except Exception:  # PyMuPDF raises several unrelated types; the job reports the file unreadable
            return 1
    if media in IMAGE_MEDIA:
        try:
            with Image.open(path) as image:
                return int(getattr(image, "n_frames", 1))
        except (OSError, ValueError, Image.DecompressionBombError):
            return 1
    return 0 if media in ("json", "xlsx") else 1


def check_bounds(store: Store, settings: ServiceSettings, items: list[Incoming]) -> None:
    """413 when the submission's files together are larger, or have more pages, than the settings allow."""
    total = sum(i.size for i in items)
    if total > settings.max_submission_bytes:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"提交材料总计过大：{_mb(total)}，上限 {_mb(settings.max_submission_bytes)}",
        )
    pages = 0
    for item in items:
        pages += count_pages(store.blobs.path(item.sha256), item.media)
        if pages > settings.max_pages:
            raise HTTPException(
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"提交材料页数过多：已超过 {settings.max_pages} 页（到“{item.name}”为止共 {pages} 页），"
                "请只上传年检要求的材料",
            )


def _check_declaration(item: Incoming) -> Incoming:
    if item.media not in ("json", "xlsx"):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"申报数据须为 JSON 或 Excel（xlsx）文件，收到的“{item.name}”内容是 {item.media}",
        )
    return item


def _from_archive(store: Store, upload: UploadFile, settings: ServiceSettings) -> list[Incoming]:
    """Attachments and declaration from one zip; the declaration is the shallowest declaration.json|xlsx."""
    zipped = _store_upload(store, upload, settings.max_upload_bytes)
    if zipped.media != "zip":
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, f"archive 须为 zip 压缩包，收到的内容是 {zipped.media}"
        )
    stored: list[str] = []
    try:
        entries = read_archive(store.blobs.path(zipped.sha256), store.blobs, settings, stored)
    except BaseException:
        discard_unused(store, stored)
        raise
    finally:
        discard_unused(store, [zipped.sha256])
    items = [
        Incoming(name=e.name, sha256=e.sha256, size=e.size, media=sniff_file(store.blobs.path(e.sha256)))
        for e in entries
    ]
    declarations = sorted(
        (i for i in items if PurePosixPath(i.name).name.lower() in DECLARATION_NAMES),
        key=lambda i: len(PurePosixPath(i.name).parts),
    )
    if declarations:
        first = declarations[0]
        items.remove(first)
        items.insert(0, _check_declaration(first))
    return items


def discard_unused(store: Store, hashes: list[str]) -> None:
    """Remove stored blobs that no file row refers to (an upload refused half-way)."""
    with store.session() as session:
        for sha in set(hashes):
            used = session.scalar(select(func.count()).select_from(FileRow).where(FileRow.sha256 == sha))
            if not used:
                store.blobs.delete(sha)


def _rows(items: list[Incoming], has_declaration: bool) -> list[FileRow]:
    rows = []
    for position, item in enumerate(items, start=0 if has_declaration else 1):
        if position == 0:
            layout = f"declaration.{item.media}"
            role = "declaration"
        else:
            media = item.media if item.media in SUPPORTED else "bin"
            layout, role = f"{position:03d}.{media}", "attachment"
        rows.append(
            FileRow(
                role=role,
                position=position,
                sha256=item.sha256,
                size=item.size,
                media=item.media,
                display_name=item.name[-300:],
                layout_name=layout,
            )
        )
    return rows


def take_upload(
    store: Store,
    settings: ServiceSettings,
    token: TokenRow,
    kind: str,
    upload: Upload,
) -> SubmissionRow:
    """Store an upload and create its submission row (status queued); the caller queues the job."""
    declaration, files, archive = upload.declaration, upload.files, upload.archive
    if archive is not None and (declaration is not None or files):
        raise HTTPException(
            422, "请上传一个 zip 压缩包（archive），或申报数据（declaration）加附件（files），不要同时上传"
        )
    if archive is None and declaration is None and not files:
        raise HTTPException(422, "没有上传任何文件：需要 declaration 和 files，或一个 archive 压缩包")
    if len(files) > settings.max_files:
        raise HTTPException(413, f"附件过多：{len(files)} 个，上限 {settings.max_files}")
    items: list[Incoming] = []
    try:
        if archive is not None:
            items = _from_archive(store, archive, settings)
            has_declaration = (
                bool(items)
                and items[0].media in ("json", "xlsx")
                and (PurePosixPath(items[0].name).name.lower() in DECLARATION_NAMES)
            )
        else:
            for part in [declaration, *files] if declaration is not None else files:
                items.append(_store_upload(store, part, settings.max_file_bytes))
            has_declaration = declaration is not None
            if has_declaration:
                _check_declaration(items[0])
        attachments = len(items) - int(has_declaration)
        if attachments > settings.max_files:
            raise HTTPException(413, f"附件过多：{attachments} 个，上限 {settings.max_files}")
        if not items:
            raise HTTPException(422, "压缩包中没有文件")
        check_bounds(store, settings, items)
        if has_declaration and token.role == "enterprise":
            require_own_code(token, declared_credit_code(store, items[0].sha256, items[0].media))
        row = SubmissionRow(
            id=new_submission_id(),
            kind=kind,
            owner_code=token.credit_code if token.role == "enterprise" else None,
            token_id=token.id,
            files=_rows(items, has_declaration),
        )
        with store.session() as session:
            session.add(row)
            session.commit()
        return row
    except BaseException:
        discard_unused(store, [i.sha256 for i in items])
        raise
