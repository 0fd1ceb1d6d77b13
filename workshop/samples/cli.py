"""``jianzheng-dev samples``: generate a sample corpus."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_SEED = 1
"""The seed of the committed corpus (samples/corpus)."""


FAMILIES = (
    "default",
    "alt",
    "wild",
    "fresh",
    "nanjiang",
    "beijiang",
    "dongjiang",
    "bazhou",
    "hami",
    "kashi",
    "yili",
    "changji",
    "aksu",
    "hotan",
    "turpan",
    "karamay",
    "tacheng",
    "bortala",
    "altay",
    "shihezi",
    "kizilsu",
    "urumqi",
    "kuitun",
    "tumxuk",
    "beitun",
    "wujiaqu",
    "kuqa",
    "shuanghe",
    "alar",
    "kokdala",
    "huyanghe",
    "xinxing",
    "yining",
    "luntai",
    "fukang",
    "qitai",
    "shache",
    "zhaosu",
    "huocheng",
    "hoxut",
    "hejing",
    "atushi",
    "jimunai",
    "moyu",
    "jiashi",
    "qinghe",
    "jinghe",
    "tekesi",
    "maigaiti",
    "zepu",
    "gongliu",
    "bachu",
    "nileke",
    "xinyuan",
)
"""Template families: ``default`` (the committed corpus), ``alt`` (workshop/samples/templates_alt, a
held-out-style set for measuring how extraction generalises; never committed) and ``wild``
(workshop/samples/wild, written independently of both and never tuned on)."""


def generate(
    out: Path, seed: int = DEFAULT_SEED, only: list[str] | None = None, family: str = "default"
) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    import random

    if family == "wild":
        from .wild import generate as generate_wild

        return generate_wild(out, seed, only)
    if family == "fresh":
        from .fresh import generate as generate_fresh

        return generate_fresh(out, seed, only)
    if family == "nanjiang":
        from .nanjiang import generate as generate_nanjiang

        return generate_nanjiang(out, seed, only)
    if family == "beijiang":
        from .beijiang import generate as generate_beijiang

        return generate_beijiang(out, seed, only)
    if family == "dongjiang":
        from .dongjiang import generate as generate_dongjiang

        return generate_dongjiang(out, seed, only)
    if family == "bazhou":
        from .bazhou import generate as generate_bazhou

        return generate_bazhou(out, seed, only)
    if family == "hami":
        from .hami import generate as generate_hami

        return generate_hami(out, seed, only)
    if family == "kashi":
        from .kashi import generate as generate_kashi

        return generate_kashi(out, seed, only)
    if family == "yili":
        from .yili import generate as generate_yili

        return generate_yili(out, seed, only)
    if family == "changji":
        from .changji import generate as generate_changji

        return generate_changji(out, seed, only)
    if family == "aksu":
        from .aksu import generate as generate_aksu

        return generate_aksu(out, seed, only)
    if family == "hotan":
        from .hotan import generate as generate_hotan

        return generate_hotan(out, seed, only)
    if family == "turpan":
        from .turpan import generate as generate_turpan

        return generate_turpan(out, seed, only)
    if family == "karamay":
        from .karamay import generate as generate_karamay

        return generate_karamay(out, seed, only)
    if family == "tacheng":
        from .tacheng import generate as generate_tacheng

        return generate_tacheng(out, seed, only)
    if family == "bortala":
        from .bortala import generate as generate_bortala

        return generate_bortala(out, seed, only)
    if family == "altay":
        from .altay import generate as generate_altay

        return generate_altay(out, seed, only)
    if family == "shihezi":
        from .shihezi import generate as generate_shihezi

        return generate_shihezi(out, seed, only)
    if family == "kizilsu":
        from .kizilsu import generate as generate_kizilsu

        return generate_kizilsu(out, seed, only)
    if family == "urumqi":
        from .urumqi import generate as generate_urumqi

        return generate_urumqi(out, seed, only)
    if family == "kuitun":
        from .kuitun import generate as generate_kuitun

        return generate_kuitun(out, seed, only)
    if family == "tumxuk":
        from .tumxuk import generate as generate_tumxuk

        return generate_tumxuk(out, seed, only)
    if family == "beitun":
        from .beitun import generate as generate_beitun

        return generate_beitun(out, seed, only)
    if family == "wujiaqu":
        from .wujiaqu import generate as generate_wujiaqu

        return generate_wujiaqu(out, seed, only)
    if family == "kuqa":
        from .kuqa import generate as generate_kuqa

        return generate_kuqa(out, seed, only)
    if family == "shuanghe":
        from .shuanghe import generate as generate_shuanghe

        return generate_shuanghe(out, seed, only)
    if family == "alar":
        from .alar import generate as generate_alar

        return generate_alar(out, seed, only)
    if family == "kokdala":
        from .kokdala import generate as generate_kokdala

        return generate_kokdala(out, seed, only)
    if family == "huyanghe":
        from .huyanghe import generate as generate_huyanghe

        return generate_huyanghe(out, seed, only)
    if family == "xinxing":
        from .xinxing import generate as generate_xinxing

        return generate_xinxing(out, seed, only)
    if family == "yining":
        from .yining import generate as generate_yining

        return generate_yining(out, seed, only)
    if family == "luntai":
        from .luntai import generate as generate_luntai

        return generate_luntai(out, seed, only)
    if family == "fukang":
        from .fukang import generate as generate_fukang

        return generate_fukang(out, seed, only)
    if family == "qitai":
        from .qitai import generate as generate_qitai

        return generate_qitai(out, seed, only)
    if family == "shache":
        from .shache import generate as generate_shache

        return generate_shache(out, seed, only)
    if family == "zhaosu":
        from .zhaosu import generate as generate_zhaosu

        return generate_zhaosu(out, seed, only)
    if family == "huocheng":
        from .huocheng import generate as generate_huocheng

        return generate_huocheng(out, seed, only)
    if family == "hoxut":
        from .hoxut import generate as generate_hoxut

        return generate_hoxut(out, seed, only)
    if family == "hejing":
        from .hejing import generate as generate_hejing

        return generate_hejing(out, seed, only)
    if family == "atushi":
        from .atushi import generate as generate_atushi

        return generate_atushi(out, seed, only)
    if family == "jimunai":
        from .jimunai import generate as generate_jimunai

        return generate_jimunai(out, seed, only)
    if family == "moyu":
        from .moyu import generate as generate_moyu

        return generate_moyu(out, seed, only)
    if family == "jiashi":
        from .jiashi import generate as generate_jiashi

        return generate_jiashi(out, seed, only)
    if family == "qinghe":
        from .qinghe import generate as generate_qinghe

        return generate_qinghe(out, seed, only)
    if family == "jinghe":
        from .jinghe import generate as generate_jinghe

        return generate_jinghe(out, seed, only)
    if family == "tekesi":
        from .tekesi import generate as generate_tekesi

        return generate_tekesi(out, seed, only)
    if family == "maigaiti":
        from .maigaiti import generate as generate_maigaiti

        return generate_maigaiti(out, seed, only)
    if family == "zepu":
        from .zepu import generate as generate_zepu

        return generate_zepu(out, seed, only)
    if family == "gongliu":
        from .gongliu import generate as generate_gongliu

        return generate_gongliu(out, seed, only)
    if family == "bachu":
        from .bachu import generate as generate_bachu

        return generate_bachu(out, seed, only)
    if family == "nileke":
        from .nileke import generate as generate_nileke

        return generate_nileke(out, seed, only)
    if family == "xinyuan":
        from .xinyuan import generate as generate_xinyuan

        return generate_xinyuan(out, seed, only)

    from .build import write_submission

    if family == "alt":
        from .scenarios_alt import SCENARIOS_ALT as SCENARIOS
    elif family == "default":
        from .scenarios import SCENARIOS
    else:
        raise ValueError(f"unknown template family {family!r} (one of {', '.join(FAMILIES)})")

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        sub_seed = seed * 100 + index
        sub, _ = scenario(sub_seed)
        target = out / sub.name
        if target.exists():
            shutil.rmtree(target)
        write_submission(sub, out, random.Random(sub_seed + 7))
        written.append(sub.name)
    return written


def samples_command(
    out: Annotated[Path, typer.Option("--out", help="folder to write the sample set into")],
    seed: Annotated[int, typer.Option("--seed", help="random seed")] = DEFAULT_SEED,
    only: Annotated[list[str] | None, typer.Option("--only", help="scenario name(s) to generate")] = None,
    family: Annotated[
        str, typer.Option("--family", help="template family: default (the committed corpus), alt or wild")
    ] = "default",
) -> None:
    """Generate realistic sample submissions with their ground truth."""
    if family not in FAMILIES:
        raise typer.BadParameter(f"one of {', '.join(FAMILIES)}", param_hint="--family")
    started = time.perf_counter()
    names = generate(out, seed, only, family)
    typer.echo(f"{len(names)} submissions in {out} ({time.perf_counter() - started:.1f} s)")
