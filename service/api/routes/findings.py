"""Reviewer decisions on findings: accept or dismiss, with who and when, kept as an audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from jianzheng.service.store.repo import visible
from jianzheng.service.store.tables import DecisionRow, FindingRow, TokenRow

from ..deps import ReviewerDep, SessionDep, TokenDep
from ..schemas import DecisionIn, DecisionPublic
from .submissions import ERRORS

router = APIRouter(tags=["findings"])
FindingId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _finding(session: SessionDep, finding_id: int, token: TokenRow) -> FindingRow:
    row = session.get(FindingRow, finding_id)
    if row is None or visible(session, row.submission_id, token) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"没有这个问题：{finding_id}")
    return row


@router.post(
    "/findings/{finding_id}/decision",
    status_code=status.HTTP_201_CREATED,
    responses={**ERRORS, 403: {"model": ERRORS[401]["model"]}},
)
def decide(
    finding_id: FindingId, body: DecisionIn, token: ReviewerDep, session: SessionDep
) -> DecisionPublic:
    """Record a reviewer's decision on a finding. Earlier decisions stay in the trail."""
    finding = _finding(session, finding_id, token)
    decision = DecisionRow(
        finding_id=finding.id, decision=body.decision, token_id=token.id, who=token.label, note=body.note
    )
    session.add(decision)
    session.commit()
    return DecisionPublic.model_validate(decision, from_attributes=True)


@router.get("/findings/{finding_id}/decisions", responses=ERRORS)
def decisions(finding_id: FindingId, token: TokenDep, session: SessionDep) -> list[DecisionPublic]:
    """Every decision taken on a finding, oldest first."""
    finding = _finding(session, finding_id, token)
    return [DecisionPublic.model_validate(d, from_attributes=True) for d in finding.decisions]
