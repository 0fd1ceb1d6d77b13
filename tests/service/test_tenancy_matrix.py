"""The tenancy matrix: every route of the app × every role × enterprise A's ids.

Enterprise A files a submission and runs a pre-check (real jobs, real reports);
a reviewer decides on one of its findings; enterprise B files the same contract
page, so B's own report cites A's filing as a duplicate. Then every route the
app serves (read from ``create_app(settings).routes``, API and web pages, every
method, so a new endpoint joins the matrix by itself) is called by four callers:
no token, A, B and the reviewer, with A's submission id, pre-check id, finding
id and page in its path, and A's declaration in its upload.

It proves that B and the anonymous caller never succeed (2xx) on anything of
A's and never read A's name, credit code or submission ids in any answer (body
or headers), while A and the reviewer do succeed; that routes without an id
(lists, pages) show B nothing of A's; and that B's own report, through every
route, still does not say whose page it copied.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from service_fixtures import (
    CREDIT_CODE,
    DECLARATION,
    OTHER_CODE,
    auth,
    contract_pdf,
    declaration_bytes,
    make_settings,
    tokens_for,
    wait_done,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from jianzheng.service.api.app import create_app
from jianzheng.service.api.deps import COOKIE

ROLES = ("anonymous", "A", "B", "reviewer")
OWNERS = ("A", "reviewer")
OUTSIDERS = ("anonymous", "B")
TOKEN_KEY = {"A": "enterprise", "B": "other", "reviewer": "reviewer"}

A_NAME = DECLARATION["enterprise"]["name"]  # type: ignore[index]
B_DECLARATION = {
    **DECLARATION,
    "enterprise": {
        **DECLARATION["enterprise"],  # type: ignore[dict-item]
        "name": "新疆昆仑数智科技有限公司",
        "credit_code": OTHER_CODE,
    },
}
# The contract page both enterprises file names neither of them, so any mention of A in B's
# answers comes from the service, not from the page B uploaded itself.
PAGE = [
    "乌鲁木齐市某区政务云平台建设项目合同",
    "甲方：乌鲁木齐市某区数据局",
    "合同总价：人民币贰佰万元整（¥2,000,000.00）",
    "签订日期：2024年3月5日",
]


def _upload(declaration: dict[str, object], lines: list[str] = PAGE) -> list[tuple[str, Any]]:
    return [
        ("declaration", ("declaration.json", declaration_bytes(declaration), "application/json")),
        ("files", ("合同.pdf", contract_pdf(lines), "application/pdf")),
    ]


@dataclass
class World:
    """The service with A's and B's objects in it, and what each call of the matrix found."""

    client: TestClient
    tokens: dict[str, str]
    a_objects: list[dict[str, object]]
    """Path values naming A's things: one table per A submission (a filing and a pre-check)."""
    b_objects: list[dict[str, object]]
    a_ids: set[str]
    """Every submission id A owns, including those the matrix creates."""
    calls: int = 0
    cross_tenant: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    owner_failures: list[str] = field(default_factory=list)

    def secrets(self) -> set[str]:
        return {A_NAME, CREDIT_CODE, *self.a_ids}


def _objects_of(client: TestClient, token: str, submission_id: str) -> dict[str, object]:
    """The path values of one submission: its id, its first PDF page, its first finding."""
    state = wait_done(client, submission_id, token)
    assert state["status"] == "done", state
    pdf = next(f for f in state["files"] if f["media"] == "pdf")  # type: ignore[attr-defined]
    findings = client.get(f"/submissions/{submission_id}/findings", headers=auth(token)).json()
    assert findings, "the matrix needs a finding to aim at"
    return {
        "submission_id": submission_id,
        "file_index": pdf["index"],
        "page": 1,
        "finding_id": findings[0]["id"],
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    settings = make_settings(tmp_path_factory.mktemp("matrix"))
    tokens = tokens_for(settings)
    with TestClient(create_app(settings), follow_redirects=False) as client:
        a, b = auth(tokens["enterprise"]), auth(tokens["other"])
        filed = client.post("/submissions", files=_upload(DECLARATION), headers=a).json()["id"]
        a_filing = _objects_of(client, tokens["enterprise"], filed)
        prechecked = client.post("/precheck", files=_upload(DECLARATION), headers=a).json()["id"]
        a_precheck = _objects_of(client, tokens["enterprise"], prechecked)
        decided = client.post(
            f"/findings/{a_filing['finding_id']}/decision",
            json={"decision": "accept", "note": "核对无误"},
            headers=auth(tokens["reviewer"]),
        )
        assert decided.status_code == 201
        b_filed = client.post("/submissions", files=_upload(B_DECLARATION), headers=b).json()["id"]
        b_filing = _objects_of(client, tokens["other"], b_filed)
        # B's own report cites A's filing: the reviewer reads whose, B must not (disclosure.py).
        full = client.get(f"/submissions/{b_filed}/report", headers=auth(tokens["reviewer"])).text
        assert filed in full and A_NAME in full
        yield World(
            client=client,
            tokens=tokens,
            a_objects=[a_filing, a_precheck],
            b_objects=[b_filing],
            a_ids={filed, prechecked},
        )


# --- every route of the app, as (method, path template, how to call it) -------------------------


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    path_params: tuple[str, ...]
    body: str | None
    """Which request body it takes: "upload", "decision", "login", or None."""

    @property
    def aims_at_a(self) -> bool:
        """Whether the call names something of A's: an id in the path, or A's declaration uploaded."""
        return bool(self.path_params) or self.body == "upload"

    @property
    def changes_state(self) -> bool:
        return self.method not in ("GET", "HEAD")


def _all_params(route: APIRoute, kind: str) -> list[Any]:
    found, todo = [], [route.dependant]
    while todo:
        dependant = todo.pop()
        found.extend(getattr(dependant, kind))
        todo.extend(dependant.dependencies)
    return found


BODIES: dict[frozenset[str], str] = {
    frozenset({"declaration", "files", "archive"}): "upload",
    frozenset({"body"}): "decision",
    frozenset({"token"}): "login",
}
"""Request bodies the matrix knows how to send; a route with another body fails the test, so
whoever adds it says here what A's version of that body is."""


def endpoints(app: Any) -> list[Endpoint]:
    """Every (method, path) the app answers, read from its routes, with what the call needs."""
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            names = frozenset(p.name for p in _all_params(route, "body_params"))
            if names and names not in BODIES:
                pytest.fail(
                    f"{route.path} takes a body {sorted(names)} the matrix cannot send: add it to BODIES"
                )
            required = [p.name for p in _all_params(route, "query_params") if p.field_info.is_required()]
            assert not required, f"{route.path} needs query parameters {required}: give the matrix A's values"
            params = tuple(sorted({p.name for p in _all_params(route, "path_params")}))
            for method in sorted(route.methods):
                found.append(Endpoint(method, route.path_format, params, BODIES.get(names)))
        elif isinstance(route, Mount) and isinstance(route.app, StaticFiles):
            directory = Path(str(route.app.directory))
            first = sorted(p.name for p in directory.iterdir() if p.is_file())[0]
            for method in ("GET", "HEAD"):
                found.append(Endpoint(method, f"{route.path}/{first}", (), None))
        elif isinstance(route, Route):
            assert not route.param_convertors, f"{route.path}: a plain route with ids the matrix cannot fill"
            for method in sorted(route.methods or ()):
                found.append(Endpoint(method, route.path_format, (), None))
        else:
            pytest.fail(f"a route of type {type(route).__name__} the matrix does not know: {route!r}")
    return found


# --- one call ------------------------------------------------------------------------------------


def _credentials(world: World, role: str) -> dict[str, str]:
    """Bearer header for the API and the cookie for the pages; nothing for the anonymous caller."""
    if role == "anonymous":
        return {}
    token = world.tokens[TOKEN_KEY[role]]
    return {**auth(token), "Cookie": f"{COOKIE}={token}"}


def _body(world: World, endpoint: Endpoint, role: str) -> dict[str, Any]:
    if endpoint.body == "upload":
        return {"files": _upload(DECLARATION)}  # A's declaration, whoever sends it
    if endpoint.body == "decision":
        return {"json": {"decision": "accept", "note": "矩阵测试"}}
    if endpoint.body == "login":
        return {"data": {"token": world.tokens[TOKEN_KEY[role]] if role != "anonymous" else "不是令牌"}}
    return {}


def _sent(request: httpx.Request) -> str:
    return str(request.url) + request.read().decode("utf-8", "replace")


def _received(response: httpx.Response) -> str:
    headers = " ".join(f"{k}: {v}" for k, v in response.headers.items())
    return headers + response.content.decode("utf-8", "replace")


def _throwaway(world: World) -> dict[str, object]:
    """A fresh filing of A's, for the calls of A and the reviewer that delete or withdraw."""
    page = ["作废的申报材料", uuid.uuid4().hex]
    files = _upload(DECLARATION, page)
    created = world.client.post("/submissions", files=files, headers=auth(world.tokens["enterprise"]))
    submission_id = created.json()["id"]
    world.a_ids.add(submission_id)
    return _objects_of(world.client, world.tokens["enterprise"], submission_id)


def call(world: World, endpoint: Endpoint, role: str, ids: dict[str, object]) -> httpx.Response:
    """One call of the matrix; what it shows that it should not is recorded on the world."""
    client = world.client
    client.cookies.clear()  # /login sets a cookie on the client; each call carries its own
    path = endpoint.path.format(**{name: ids[name] for name in endpoint.path_params})
    response = client.request(
        endpoint.method, path, headers=_credentials(world, role), **_body(world, endpoint, role)
    )
    client.cookies.clear()
    world.calls += 1
    where = f"{role} {endpoint.method} {path} → {response.status_code}"
    assert response.status_code < 500, f"{where}: {response.text[:300]}"
    if response.status_code in (200, 201, 202) and endpoint.body == "upload" and role in OWNERS:
        world.a_ids.add(response.json()["id"])
    if role in OUTSIDERS:
        if endpoint.aims_at_a and 200 <= response.status_code < 300:
            world.cross_tenant.append(where)
        sent, received = _sent(response.request), _received(response)
        shown = [s for s in world.secrets() if s in received and s not in sent]
        if shown:
            world.leaks.append(f"{where} shows {shown}")
    return response


def _ids_for(world: World, endpoint: Endpoint, role: str) -> Iterator[dict[str, object]]:
    if not endpoint.path_params:
        yield {}
        return
    for ids in world.a_objects:
        unknown = set(endpoint.path_params) - set(ids)
        assert not unknown, f"{endpoint.path}: no id of A's for {unknown}; add one to the world"
        if endpoint.changes_state and role in OWNERS and "submission_id" in endpoint.path_params:
            # A and the reviewer may delete or withdraw: they get a filing of A's made for it.
            yield {**ids, **_throwaway(world)}
        else:
            yield ids


def _expect_owner_success(world: World, endpoint: Endpoint, role: str, response: httpx.Response) -> None:
    if not endpoint.path_params:
        return
    where = f"{role} {endpoint.method} {response.request.url.path} → {response.status_code}"
    if response.status_code == 404:
        world.owner_failures.append(f"{where}: A's own object not found")
    elif not endpoint.changes_state and not 200 <= response.status_code < 300:
        world.owner_failures.append(f"{where}: {response.text[:200]}")


# --- the tests -----------------------------------------------------------------------------------


def test_no_route_lets_another_enterprise_or_an_anonymous_caller_at_a_s_objects(world, capsys):
    """Every route × every role with A's ids: 0 cross-tenant successes, 0 leaks; A and the reviewer succeed."""
    routes = endpoints(world.client.app)
    assert len({(e.method, e.path) for e in routes}) == len(routes)
    owner_successes: dict[str, int] = {"A": 0, "reviewer": 0}
    # A and the reviewer go first, so the ids of the filings their uploads create are secrets too.
    for role in ("A", "reviewer", "B", "anonymous"):
        for endpoint in routes:
            for ids in _ids_for(world, endpoint, role):
                response = call(world, endpoint, role, ids)
                if role in OWNERS:
                    owner_successes[role] += 200 <= response.status_code < 300
                    _expect_owner_success(world, endpoint, role, response)

    with capsys.disabled():
        print(
            f"\ntenancy matrix: {len(routes)} routes × {len(ROLES)} roles, {world.calls} calls, "
            f"{len(world.cross_tenant)} cross-tenant successes, {len(world.leaks)} leaks"
        )
    assert world.cross_tenant == []
    assert world.leaks == []
    assert world.owner_failures == []
    # Every route with an id let A or the reviewer through at least once: the matrix aimed right.
    aimed = [e for e in routes if e.path_params]
    assert len(aimed) >= 12
    assert owner_successes["A"] >= len([e for e in aimed if not e.changes_state]) * len(world.a_objects)
    assert owner_successes["reviewer"] > owner_successes["A"]  # the reviewer also decides


def test_a_s_filing_survives_the_outsiders_attempts(world):
    """B's and the anonymous caller's deletes, withdrawals and decisions changed nothing of A's."""
    reviewer = auth(world.tokens["reviewer"])
    for ids in world.a_objects:
        state = world.client.get(f"/submissions/{ids['submission_id']}", headers=reviewer).json()
        assert state["status"] == "done"
        assert state["enterprise"] == A_NAME and state["credit_code"] == CREDIT_CODE
        trail = world.client.get(f"/findings/{ids['finding_id']}/decisions", headers=reviewer).json()
        assert {d["who"] for d in trail} <= {"审核员张三"}


def test_lists_and_pages_without_an_id_show_b_only_its_own(world):
    """GET /submissions, /queue and /check: B reads its own filing, nothing of A's; A and the reviewer read A's."""
    client, secrets = world.client, world.secrets()
    b_id = str(world.b_objects[0]["submission_id"])
    a_filing = str(world.a_objects[0]["submission_id"])
    for role, path in [(r, p) for r in ROLES[1:] for p in ("/submissions", "/queue?kind=", "/check")]:
        client.cookies.clear()
        text = client.get(path, headers=_credentials(world, role)).text
        if role == "B":
            assert [s for s in secrets if s in text] == []
            if path != "/check":  # the pre-check page lists pre-checks; B made none
                assert b_id in text
        else:
            assert A_NAME in text or path == "/check"
    listed = client.get("/submissions", headers=auth(world.tokens["other"]))
    assert [s["id"] for s in listed.json()] == [b_id]
    assert listed.headers["X-Total-Count"] == "1"
    mine = client.get("/submissions", headers=auth(world.tokens["enterprise"])).json()
    assert a_filing in {s["id"] for s in mine} and b_id not in {s["id"] for s in mine}


def test_b_reads_its_own_report_through_every_route_without_learning_whose_page_it_copied(world):
    """B's own filing cites A's: every GET route with an id answers B (2xx) and none names A."""
    routes = [e for e in endpoints(world.client.app) if e.path_params and not e.changes_state]
    before = world.calls
    for endpoint in routes:
        for ids in world.b_objects:
            response = call(world, endpoint, "B", ids)
            assert 200 <= response.status_code < 300, (
                f"B GET {response.request.url.path}: {response.text[:200]}"
            )
            assert [s for s in world.secrets() if s in _received(response)] == []
    assert world.calls - before == len(routes) >= 10
    shown = world.client.get(
        f"/submissions/{world.b_objects[0]['submission_id']}/report", headers=auth(world.tokens["other"])
    ).json()
    duplicates = [f for f in shown["findings"] if f["code"] == "DUPLICATE_DOCUMENT"]
    assert duplicates and all("其他申报材料" in f["message"] for f in duplicates)


def test_the_secrets_would_be_caught(world):
    """The leak check is not blind: the reviewer's answers for A's filing do carry A's name, code and id."""
    ids = world.a_objects[0]
    response = call(
        world, Endpoint("GET", "/submissions/{submission_id}", ("submission_id",), None), "reviewer", ids
    )
    received = _received(response)
    assert {A_NAME, CREDIT_CODE, str(ids["submission_id"])} <= {s for s in world.secrets() if s in received}
    assert json.loads(response.text)["enterprise"] == A_NAME
