"""Typed dependencies: the service's state, a database session, the caller's token, a visible submission, an upload."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, File, HTTPException, Path, Request, UploadFile, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from jianzheng.service.jobs import JobQueue
from jianzheng.service.store import Store
from jianzheng.service.store.repo import find_token, visible
from jianzheng.service.store.tables import SubmissionRow, TokenRow

from .intake import Upload
from .settings import ServiceSettings

COOKIE = "jz_token"
"""The web pages carry the token in this cookie (HttpOnly), set once by /login."""


@dataclass
class Services:
    """What one running service holds: its settings, storage and job queue."""

    settings: ServiceSettings
    store: Store
    queue: JobQueue


def get_services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


ServicesDep = Annotated[Services, Depends(get_services)]


def get_session(services: ServicesDep) -> Iterator[Session]:
    with services.store.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
_bearer = HTTPBearer(auto_error=False, description="API token from `jianzheng token create`")


def current_token(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> TokenRow:
    """The caller's token, from `Authorization: Bearer` or the web pages' cookie; 401 otherwise."""
    raw = credentials.credentials if credentials else request.cookies.get(COOKIE)
    token = find_token(session, raw) if raw else None
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "需要有效的令牌：Authorization: Bearer TOKEN" if raw is None else "令牌无效",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token


TokenDep = Annotated[TokenRow, Depends(current_token)]


def reviewer_token(token: TokenDep) -> TokenRow:
    """The caller's token, which must be a reviewer's; 403 otherwise."""
    if token.role != "reviewer":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "仅审核人员可以执行此操作")
    return token


ReviewerDep = Annotated[TokenRow, Depends(reviewer_token)]


def visible_submission(
    submission_id: Annotated[str, Path(max_length=64)], token: TokenDep, session: SessionDep
) -> SubmissionRow:
    """The submission, if the caller may see it; 404 otherwise (another enterprise's id looks absent)."""
    row = visible(session, submission_id, token)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"没有这个提交：{submission_id}")
    return row


SubmissionDep = Annotated[SubmissionRow, Depends(visible_submission)]


DeclarationPart = Annotated[UploadFile | None, File(description="declaration.json 或 declaration.xlsx")]
AttachmentParts = Annotated[list[UploadFile], File(description="附件（PDF、图片、OFD、XML），可多个")]
ArchivePart = Annotated[UploadFile | None, File(description="整个提交文件夹的 zip 压缩包（代替上面两项）")]


def uploaded(
    declaration: DeclarationPart = None,
    files: AttachmentParts = [],  # noqa: B006 - FastAPI copies defaults per request
    archive: ArchivePart = None,
) -> Upload:
    """The multipart upload: `declaration` plus repeated `files`, or one zip in `archive`."""
    return Upload(declaration, files, archive)


UploadDep = Annotated[Upload, Depends(uploaded)]
