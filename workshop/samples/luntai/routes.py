"""Recipes for the routes a small office's papers take, drawn from a scenario's random stream."""

from __future__ import annotations

import datetime as dt
import random

from . import ink
from .copier import CopySettings, ScanSettings
from .drafting import Facts
from .office import Certify


def passes(
    rng: random.Random,
    count: int,
    *,
    heavy: bool = False,
    border: int = 255,
    lid: str | None = None,
    shift: float = 0.0,
    scale: float = 1.0,
    streak: bool = False,
    still: bool = False,
) -> list[CopySettings]:
    """``count`` copy generations; the first may be shifted or scaled, the last carries the lid band.

    ``still``: no rotation, shift or scale at all (a page whose coordinates must stay put).
    """
    out = []
    for k in range(count):
        last = k == count - 1
        out.append(
            CopySettings(
                scale=scale if k == 0 else 1.0,
                rotate_deg=0.0 if still else rng.uniform(-0.6, 0.6) if shift else rng.uniform(-0.25, 0.25),
                shift_mm=(rng.uniform(-shift, shift), rng.uniform(-shift, shift))
                if k == 0 and shift
                else (0.0, 0.0),
                border=border,
                lid_band=lid if last else None,
                darkness=rng.uniform(1.12, 1.28) + (0.12 if heavy else 0.0),
                thicken=rng.uniform(0.15, 0.35) + (0.2 if heavy else 0.0),
                speckles=rng.uniform(0.5, 1.2) * (2.0 if heavy else 1.0),
                patches=(rng.uniform(0.15, 0.45) + (0.3 if heavy else 0.0)) if last or heavy else 0.0,
                streak=streak and last,
            )
        )
    return out


def cut_copy(rng: random.Random) -> list[CopySettings]:
    """A copy made at 95 % with the sheet slid down on the glass and the lid up: a black band on top and
    the bottom edge cut off through the page footer (no key line lives below 280 mm)."""
    return [
        CopySettings(
            scale=0.95,
            rotate_deg=rng.uniform(-0.3, 0.3),
            shift_mm=(rng.uniform(3, 6), 30.0),
            border=30,
            darkness=1.2,
            thicken=0.3,
            speckles=0.8,
            patches=0.3,
        )
    ]


def grey_scan(rng: random.Random, quality: int | None = None) -> ScanSettings:
    return ScanSettings(
        colour=False,
        blur=rng.uniform(0.3, 0.6),
        noise=rng.uniform(1.2, 2.5),
        tint=(250, 250, 250),
        jpeg=quality or rng.randrange(62, 78),
        rotate_deg=rng.uniform(-0.4, 0.4),
    )


def colour_scan(rng: random.Random, quality: int | None = None, rotate: bool = True) -> ScanSettings:
    tint = (rng.randrange(246, 252), rng.randrange(243, 249), rng.randrange(232, 242))
    return ScanSettings(
        colour=True,
        blur=rng.uniform(0.35, 0.6),
        noise=rng.uniform(1.5, 3.0),
        tint=tint,
        jpeg=quality or rng.randrange(65, 80),
        rotate_deg=rng.uniform(-0.5, 0.5) if rotate else 0.0,
    )


def certify_day(rng: random.Random) -> dt.date:
    """When the clerk stamped the copies: mid-February of the filing season, after the audit report."""
    return dt.date(2025, 2, rng.randrange(11, 26))


def certify(
    facts: Facts,
    rng: random.Random,
    *,
    colour: tuple[int, int, int] = ink.RED,
    lines: tuple[str, ...] = ("此复印件与原件一致",),
    seal: bool = True,
    where: tuple[float, float] = (150.0, 262.0),
    pages: str = "all",
    dated: bool = True,
) -> Certify:
    return Certify(
        lines=lines,
        colour=colour,
        signer=facts.firm.contact,
        on=certify_day(rng) if dated else None,
        seal=facts.firm.name if seal else None,
        where=where,
        pages=pages,
    )
