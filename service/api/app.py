"""The FastAPI app factory: storage and the job queue come up with the app, unfinished jobs are queued again."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from jianzheng.models.errors import JianzhengError
from jianzheng.service.jobs import HeldQueue, make_queue
from jianzheng.service.jobs.claims import Sweeper
from jianzheng.service.rules_files import validate_rules
from jianzheng.service.store import Store
from jianzheng.service.store.repo import unfinished_ids

from .deps import Services
from .limits import BodyLimit
from .routes import export, findings, pages, precheck, submissions
from .settings import ServiceSettings

log = logging.getLogger(__name__)

DESCRIPTION = """鉴证 jianzheng: upload an annual-inspection filing, get the cross-check report.

Every request carries `Authorization: Bearer TOKEN` (tokens from `jianzheng token create`).
Errors are JSON `{"detail": "…"}`.
"""


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where}: {error.get('msg', '')}" if where else str(error.get("msg", "")))
    return "请求参数有误：" + "; ".join(parts)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(JianzhengError)
    async def _ours(_request: Request, exc: JianzhengError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=exc.http_status)


def create_app(settings: ServiceSettings | None = None, *, start_jobs: bool = True) -> FastAPI:
    """The web service for these settings. ``start_jobs=False`` accepts uploads but runs no job.

    Raises RuleError when a rules file is malformed: the server does not start.
    """
    validate_rules()
    settings = settings or ServiceSettings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(settings.data_dir, settings.resolved_database_url())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services: Services = app.state.services
        sweeper = Sweeper(store, settings, services.queue.submit)
        if start_jobs:
            with store.session() as session:
                pending = unfinished_ids(session)
            for submission_id in pending:
                services.queue.submit(submission_id)
            if pending:
                log.info("queued %d unfinished jobs again", len(pending))
            sweeper.start()  # jobs whose worker dies are queued again (jobs/claims.py)
        yield
        sweeper.stop()
        services.queue.shutdown()
        store.close()

    app = FastAPI(title="jianzheng 鉴证", version="1", description=DESCRIPTION, lifespan=lifespan)
    app.state.services = Services(
        settings=settings, store=store, queue=make_queue(settings) if start_jobs else HeldQueue()
    )
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes)
    _install_error_handlers(app)
    for module in (submissions, precheck, pages, export, findings):
        app.include_router(module.router)
    from jianzheng.service.web.routes import mount_web

    mount_web(app)
    return app
