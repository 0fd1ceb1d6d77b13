"""IMAGE_TAMPERED: an area copied elsewhere on the same page (a copy-move clone), by identical blocks at one shift."""

from __future__ import annotations

from collections import Counter

import numpy as np

from .config import thresholds
from .regions import Region


def clone_regions(gray: np.ndarray, page_noise: float) -> list[Region]:
    """Areas copied elsewhere on the same page: many textured blocks identical at one shift."""
    rules = thresholds().image
    if page_noise < rules.clone_min_noise:
        return []
    size = rules.clone_block_px
    h, w = gray.shape[0] // size * size, gray.shape[1] // size * size
    # Quantised block means summarise each block; equal keys are candidate copies.
    small = gray[:h, :w].astype(np.int16).reshape(h // size, size, w // size, size)
    blocks = small.transpose(0, 2, 1, 3).reshape(h // size, w // size, size * size)
    textured = blocks.std(axis=2) > 12
    buckets: dict[bytes, list[tuple[int, int]]] = {}
    for r, c in zip(*np.nonzero(textured), strict=True):
        key = (blocks[r, c] // 8).astype(np.int8).tobytes()
        buckets.setdefault(key, []).append((int(r), int(c)))
    shifts: Counter[tuple[int, int]] = Counter()
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for cells in buckets.values():
        if len(cells) < 2 or len(cells) > 4:
            continue
        for i, a in enumerate(cells):
            for b in cells[i + 1 :]:
                diff = np.abs(blocks[a].astype(np.int32) - blocks[b].astype(np.int32)).mean()
                if diff > rules.clone_max_mad:
                    continue
                shift = (b[0] - a[0], b[1] - a[1])
                if max(abs(shift[0]), abs(shift[1])) * size < rules.clone_min_shift_px:
                    continue
                shifts[shift] += 1
                members.setdefault(shift, []).append(a)
    regions = []
    for shift, count in shifts.items():
        if count < rules.clone_min_blocks:
            continue
        cells = members[shift]
        r0, r1 = min(r for r, _ in cells), max(r for r, _ in cells) + 1
        c0, c1 = min(c for _, c in cells), max(c for _, c in cells) + 1
        regions.append(
            Region(
                (c0 * size, r0 * size, c1 * size, r1 * size), f"区域被复制到页内另一处（{count} 个相同图块）"
            )
        )
    return regions
