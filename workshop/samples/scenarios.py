"""The committed sample submissions: clean ones and ones with planted problems, in order.

Each scenario builds a world, renders its documents, plants its problems
and records the findings they should cause. Together they plant every
finding code of CONTRACT 2.3 (see samples/README.md). They are written in
two modules: scenarios_contents.py (what documents say) and
scenarios_files.py (the files themselves and the declaration's form).
"""

from __future__ import annotations

from collections.abc import Callable

from .build import Submission
from .kit import Kit
from .scenarios_contents import (
    s01_clean_text,
    s02_clean_scanned,
    s03_clean_mixed,
    s04_amounts,
    s05_parties_dates,
    s06_acceptance,
    s07_license_a,
    s08_license_b_audit,
    s09_scope_staff,
)
from .scenarios_files import (
    s10_files,
    s11_forensics,
    s12_no_declaration,
    s13_bad_xlsx,
    s14_bad_json,
    s15_clean_photos,
    s16_declaration_form,
    s17_declaration_form_clean,
)

SCENARIOS: tuple[Callable[[int], tuple[Submission, Kit]], ...] = (
    s01_clean_text,
    s02_clean_scanned,
    s03_clean_mixed,
    s04_amounts,
    s05_parties_dates,
    s06_acceptance,
    s07_license_a,
    s08_license_b_audit,
    s09_scope_staff,
    s10_files,
    s11_forensics,
    s12_no_declaration,
    s13_bad_xlsx,
    s14_bad_json,
    s15_clean_photos,
    s16_declaration_form,
    s17_declaration_form_clean,
)
