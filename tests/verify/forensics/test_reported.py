"""What the report says of a page's signs (image_tamper.reported): the page-wide signs in turn."""

from __future__ import annotations

from jianzheng.verify.forensics.image_tamper import DETECTORS, reported
from jianzheng.verify.forensics.regions import Region


def _at(detector: str, x: int = 0) -> Region:
    return Region((x, 0, x + 10, 10), detector, detector)


def test_the_first_page_wide_sign_that_found_anything_speaks_alone():
    assert reported([_at("uniform_runs"), _at("quiet_bands", 50), _at("sharp_lines", 100)]) == [
        _at("quiet_bands", 50)
    ]
    assert reported([_at("uniform_runs"), _at("sharp_lines", 50), _at("grey_colour", 100)]) == [
        _at("sharp_lines", 50),
        _at("grey_colour", 100),
    ]
    assert reported([_at("uniform_runs")]) == [_at("uniform_runs")]


def test_a_sharper_field_is_added_where_no_page_wide_sign_lies_and_a_clone_always():
    found = [_at("quiet_bands"), _at("sharper_fields", 5), _at("sharper_fields", 50), _at("clones", 5)]
    assert reported(found) == [_at("quiet_bands"), _at("sharper_fields", 50), _at("clones", 5)]
    assert reported([]) == []


def test_every_sign_has_a_place_in_the_report():
    everything = [_at(d, 20 * i) for i, d in enumerate(DETECTORS)]
    assert {r.detector for r in reported(everything)} == {
        "quiet_bands",
        "noisy_patches",
        "sharper_fields",
        "white_boxes",
        "clones",
    }


def test_a_white_box_is_said_where_nothing_else_lies_already():
    found = [_at("quiet_bands"), _at("white_boxes", 5), _at("white_boxes", 50), _at("sharper_fields", 52)]
    assert reported(found) == [_at("quiet_bands"), _at("white_boxes", 50)]
