"""A regression case from the wild family's first run of seed 9: an amount clause cut from a sharper
scan of the forged page (blur 0.2 px, JPEG 95 then 97) pasted into a grey page stored as RGB, scanned
at blur 0.91 px and saved at quality 63. Its edges reach 0.72 of their contrast, not a render's 0.8;
sharp_line_min_level (verify/forensics/thresholds.toml) was lowered for it."""

from __future__ import annotations

from pathlib import Path

from jianzheng.verify.forensics.image_tamper import pdf_scan_regions, reported
from jianzheng_workshop.samples.wild import generate


def test_the_pasted_clause_of_wild_seed_9_is_found_by_its_sharper_edges(tmp_path: Path):
    generate(tmp_path, 9, ["w09_forensics"])
    data = (tmp_path / "w09_forensics" / "submission" / "合同1及发票.pdf").read_bytes()
    [scan] = pdf_scan_regions(data, {2})
    said = reported(scan.regions)
    assert said and {r.detector for r in said} == {"sharp_lines"}
    # The clause (二、合同金额 …, about a fifth of the way down the page), nowhere else.
    assert all(400 < r.box[1] < 620 for r in said)
