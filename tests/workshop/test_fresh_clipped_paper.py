"""A regression case from the fresh family's first runs: its scanner lifts stretches of paper to
the white clip by uneven light, which erases their noise as a clean paste would. Seed 1 raised
four IMAGE_TAMPERED warnings on clean pages that way (the noise sign, since removed), seed 2 one
(a quiet band; verify/forensics/noise_signs.py _lit_to_the_clip)."""

from __future__ import annotations

from pathlib import Path

from jianzheng.verify.forensics.image_tamper import pdf_scan_regions, reported
from jianzheng_workshop.samples.fresh import generate


def test_paper_lit_to_the_clip_on_a_clean_scan_is_no_paste(tmp_path: Path):
    generate(tmp_path, 2, ["f05_parties_dates"])
    data = (tmp_path / "f05_parties_dates" / "submission" / "项目3.pdf").read_bytes()
    scans = pdf_scan_regions(data, {1})
    assert scans and all(reported(scan.regions) == [] for scan in scans)
