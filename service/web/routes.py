"""The pages: log-in by token (once, then a cookie), reviewer queue, submission page, pre-check page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from jianzheng.service.api.deps import COOKIE, ServicesDep, SessionDep
from jianzheng.service.store.repo import SORTS, count_submissions, find_token, list_submissions, visible
from jianzheng.service.store.tables import SubmissionRow, TokenRow

from .views import precheck_view, submission_view

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)
STATUS_ZH = {
    "queued": "排队中",
    "running": "处理中",
    "done": "已完成",
    "failed": "失败",
    "withdrawn": "已撤回",
}
templates.env.globals["STATUS_ZH"] = STATUS_ZH


def _user(request: Request, session: SessionDep) -> TokenRow | None:
    raw = request.cookies.get(COOKIE)
    return find_token(session, raw) if raw else None


def _to_login() -> RedirectResponse:
    return RedirectResponse("/login", status_code=303)


def _page(
    request: Request,
    name: str,
    user: TokenRow | None,
    context: dict[str, object] | None = None,
    status: int = 200,
) -> Response:
    return templates.TemplateResponse(request, name, {"user": user, **(context or {})}, status_code=status)


def _submission_page(
    request: Request,
    session: SessionDep,
    submission_id: str,
    template: str,
    view: Callable[[SubmissionRow, str], dict[str, object]],
) -> Response:
    """A page about one submission, as ``view`` shows it to this user's role.

    Without a log-in cookie it is the log-in page; a submission that does not exist and
    one the user may not see are both the missing page (404).
    """
    user = _user(request, session)
    if user is None:
        return _to_login()
    row = visible(session, submission_id, user)
    if row is None:
        return _page(request, "missing.html", user, status=404)
    return _page(request, template, user, view(row, user.role))


def _log_in(request: Request, session: SessionDep, token: str) -> Response:
    user = find_token(session, token.strip())
    if user is None:
        return _page(request, "login.html", None, {"error": "令牌无效"}, status=401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict", max_age=30 * 86400)
    return response


@router.get("/login")
def login_page(request: Request, session: SessionDep, token: str | None = None) -> Response:
    """The log-in form; with ?token=… the token is checked, kept in a cookie, and dropped from the URL."""
    if token:
        return _log_in(request, session, token)
    return _page(request, "login.html", None)


@router.post("/login")
def login_form(
    request: Request, session: SessionDep, token: Annotated[str, Form(max_length=200)]
) -> Response:
    return _log_in(request, session, token)


@router.get("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    user = _user(request, session)
    if user is None:
        return _to_login()
    return RedirectResponse("/queue" if user.role == "reviewer" else "/check", status_code=303)


@router.get("/queue", response_class=HTMLResponse)
def queue_page(
    request: Request,
    session: SessionDep,
    services: ServicesDep,
    q: Annotated[str | None, Query(max_length=100)] = None,
    status: str | None = None,
    kind: str | None = "submission",
    sort: str = "created",
    order: str = "desc",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    """Reviewer queue: submissions with counts by severity, filtered and sorted, one page at a time."""
    user = _user(request, session)
    if user is None:
        return _to_login()
    filters = {
        "q": q or "",
        "status": status if status in STATUS_ZH else "",
        "kind": kind or "",
        "sort": sort if sort in SORTS else "created",
        "order": "asc" if order == "asc" else "desc",
    }
    chosen = {"kind": filters["kind"] or None, "status": filters["status"] or None, "text": q or None}
    size = services.settings.queue_page_size
    total = count_submissions(session, user, **chosen)
    pages = max((total + size - 1) // size, 1)
    page = min(page, pages)
    rows = list_submissions(
        session,
        user,
        **chosen,
        sort=filters["sort"],
        descending=filters["order"] == "desc",
        limit=size,
        offset=(page - 1) * size,
    )

    def link(number: int) -> str:
        return "/queue?" + urlencode({**filters, "page": number})

    paging = {
        "page": page,
        "pages": pages,
        "total": total,
        "previous": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
    }
    return _page(request, "queue.html", user, {"rows": rows, "filters": filters, "paging": paging})


@router.get("/view/{submission_id}", response_class=HTMLResponse)
def submission_page(request: Request, session: SessionDep, submission_id: str) -> Response:
    """One submission: findings by project, page images with evidence boxes, accept/dismiss."""
    return _submission_page(request, session, submission_id, "submission.html", submission_view)


@router.get("/check", response_class=HTMLResponse)
def check_page(request: Request, session: SessionDep) -> Response:
    """The enterprise pre-check: upload, progress bar, then the result."""
    user = _user(request, session)
    if user is None:
        return _to_login()
    mine = list_submissions(session, user, kind="precheck", limit=20)
    return _page(request, "check.html", user, {"recent": mine})


@router.get("/check/{submission_id}", response_class=HTMLResponse)
def check_result_page(request: Request, session: SessionDep, submission_id: str) -> Response:
    """A pre-check's result in plain Chinese: the rejection reasons and what to fix."""
    return _submission_page(request, session, submission_id, "check_result.html", precheck_view)


def mount_web(app: FastAPI) -> None:
    """Add the pages and their static files to the app."""
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
