"""An enterprise files only for itself, and only so often.

An enterprise token holds one credit code: a declaration naming another one is
refused (403) before a job runs, so no filing shows in the reviewer's queue as
another enterprise's. Each upload an enterprise starts is counted; past the
settings' limit per window the answer is 429, so the duplicate index behind
every pre-check cannot be asked without end who else filed a page.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from fastapi import HTTPException, status
from sqlalchemy import delete, select

from jianzheng.extract import read_declaration
from jianzheng.service.store import Store
from jianzheng.service.store.tables import TokenRow, UploadEventRow, utcnow

from .schemas import utc
from .settings import ServiceSettings

KIND_ZH = {"precheck": "预检", "submission": "正式提交"}


def declared_credit_code(store: Store, sha256: str, media: str) -> str | None:
    """The credit code a stored declaration names, read as the pipeline reads it; None if it names none."""
    with tempfile.TemporaryDirectory(prefix="jz-decl-") as tmp:
        # The reader goes by the file's suffix, which a blob does not have.
        path = Path(tmp) / f"declaration.{media}"
        try:
            os.link(store.blobs.path(sha256), path)
        except OSError:
            shutil.copyfile(store.blobs.path(sha256), path)
        declaration, _ = read_declaration(path)
    if declaration is None:
        return None  # unreadable: the report says so and names no enterprise
    return declaration.enterprise.credit_code


def require_own_code(token: TokenRow, declared: str | None) -> None:
    """403 when an enterprise's declaration names a credit code other than its account's."""
    if token.role != "enterprise" or declared is None:
        return
    if declared.strip().upper() != (token.credit_code or "").strip().upper():
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"申报数据中的统一社会信用代码（{declared[:40]}）与本账号的（{token.credit_code}）不一致："
            "每个账号只能为本企业申报或预检",
        )


def admit_upload(store: Store, settings: ServiceSettings, token: TokenRow, kind: str) -> None:
    """Count an enterprise's upload against its limit; 429 (with Retry-After) when the limit is spent."""
    if token.role != "enterprise" or not token.credit_code:
        return
    limit = settings.precheck_limit if kind == "precheck" else settings.submission_limit
    window = dt.timedelta(seconds=settings.rate_window_s)
    with store.session() as session:
        since = utcnow() - window
        # Written first and counted after, so that two requests at once cannot both pass.
        event = UploadEventRow(credit_code=token.credit_code, kind=kind)
        session.add(event)
        session.execute(
            delete(UploadEventRow).where(
                UploadEventRow.credit_code == token.credit_code, UploadEventRow.at < since
            )
        )
        session.commit()
        times = session.scalars(
            select(UploadEventRow.at)
            .where(
                UploadEventRow.credit_code == token.credit_code,
                UploadEventRow.kind == kind,
                UploadEventRow.at >= since,
            )
            .order_by(UploadEventRow.at)
        ).all()
        if len(times) <= limit:
            return
        session.delete(event)  # a refused attempt does not count
        session.commit()
    oldest = utc(times[0]) or utcnow()
    wait_s = max(int((oldest + window - utcnow()).total_seconds()) + 1, 1)
    raise HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS,
        f"{KIND_ZH.get(kind, kind)}过于频繁：每个企业每 {settings.rate_window_s // 60} 分钟最多 {limit} 次，"
        f"请约 {(wait_s + 59) // 60} 分钟后再试",
        headers={"Retry-After": str(wait_s)},
    )
