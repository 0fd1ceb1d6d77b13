"""The ten filings: four clean ones in the multi-party shapes, six with one planted cause each."""

from __future__ import annotations

import random
from collections.abc import Callable

from . import projects as J
from .world import Filing, World

Recipe = Callable[[World], list[J.Built]]


def _js01(w: World) -> list[J.Built]:
    return [
        J.three_party(w, "P1", "jianli", itemise=True),
        J.three_party(w, "P2", "bank", evidence="invoice"),
    ]


def _js02(w: World) -> list[J.Built]:
    return [J.consortium(w, "P1", lead=True), J.three_party(w, "P2", "user")]


def _js03(w: World) -> list[J.Built]:
    return [J.subcontract(w, "P1"), J.framework(w, "P2")]


def _js04(w: World) -> list[J.Built]:
    return [J.procurement(w, "P1"), J.branch(w, "P2")]


def _js05(w: World) -> list[J.Built]:
    return [
        J.three_party(w, "P1", "jianli", plant="client_is_third", evidence="invoice"),
        J.procurement(w, "P2"),
    ]


def _js06(w: World) -> list[J.Built]:
    return [J.consortium(w, "P1", lead=False, plant="whole_price"), J.branch(w, "P2")]


def _js07(w: World) -> list[J.Built]:
    return [J.three_party(w, "P1", "user", plant="witness_only", evidence="invoice"), J.subcontract(w, "P2")]


def _js08(w: World) -> list[J.Built]:
    return [J.three_party(w, "P1", "jianli", plant="seal_a_missing"), J.framework(w, "P2")]


def _js09(w: World) -> list[J.Built]:
    return [
        J.subcontract(w, "P1", plant="owner_declared"),
        J.three_party(w, "P2", "bank", evidence="invoice"),
    ]


def _js10(w: World) -> list[J.Built]:
    return [J.framework(w, "P1", plant="words"), J.consortium(w, "P2", lead=True)]


SCENARIOS: list[tuple[str, bool, Recipe]] = [
    ("js01_threeparty_clean", True, _js01),
    ("js02_consortium_share_clean", True, _js02),
    ("js03_subcontract_framework_clean", True, _js03),
    ("js04_agency_branch_clean", True, _js04),
    ("js05_client_is_jianli", False, _js05),
    ("js06_consortium_whole_price", False, _js06),
    ("js07_firm_only_witness", False, _js07),
    ("js08_client_seal_missing", False, _js08),
    ("js09_owner_declared_client", False, _js09),
    ("js10_order_words", False, _js10),
]


def build(index: int, seed: int) -> Filing:
    name, clean, recipe = SCENARIOS[index]
    rng = random.Random(seed * 1000 + index + 1)
    w = World(rng)
    built = recipe(w)
    from decimal import Decimal

    total = sum((Decimal(b.row["contract_amount"]) for b in built), Decimal(0))
    files = [w.licence_file()]
    audit, finance = w.audit_file(total)
    files.append(audit)
    for b in built:
        files.extend(b.files)
    declaration = {"enterprise": w.enterprise(), "finance": [finance], "projects": [b.row for b in built]}
    plants = [p for b in built for p in b.plants]
    assert clean == (not plants), name
    facts = {b.row["id"]: b.facts for b in built}
    return Filing(name, clean, declaration, files, plants, facts)
