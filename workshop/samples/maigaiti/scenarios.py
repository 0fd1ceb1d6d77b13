"""The ten filings. Dates, firms, clients and amounts change with the seed; what is planted, and
on which paper and page, does not."""

from __future__ import annotations

from collections.abc import Callable

from .filing import Filing
from .scenarios_clean import (
    mg01_prev_year_signing_clean,
    mg02_checklist_then_report_clean,
    mg03_year_boundaries_clean,
    mg04_bilingual_stamps_clean,
)
from .scenarios_planted import (
    mg05_accepted_before_signing,
    mg06_accepted_previous_year,
    mg07_signed_date_swapped,
    mg08_licence_expired,
    mg09_acceptance_missing,
    mg10_declared_invoice_date,
)

SCENARIOS: tuple[Callable[[int], Filing], ...] = (
    mg01_prev_year_signing_clean,
    mg02_checklist_then_report_clean,
    mg03_year_boundaries_clean,
    mg04_bilingual_stamps_clean,
    mg05_accepted_before_signing,
    mg06_accepted_previous_year,
    mg07_signed_date_swapped,
    mg08_licence_expired,
    mg09_acceptance_missing,
    mg10_declared_invoice_date,
)
