"""Shared fixtures: paths to the committed samples and to ../shared/real-docs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "corpus"
REAL_DOCS = ROOT.parent / "shared" / "real-docs"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def real_docs() -> Path:
    if not REAL_DOCS.is_dir():
        pytest.skip("../shared/real-docs is not here")
    return REAL_DOCS


def pytest_addoption(parser: pytest.Parser) -> None:
    # The only way golden reports are rewritten (tests/golden/README.md); never on in CI.
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the current pipeline instead of comparing",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
