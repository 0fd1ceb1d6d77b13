"""Every rules file of the product, loaded and validated when the pipeline or the server starts.

Each stage keeps its rules beside its code and loads them once through its
own cached accessor (extract.reading_rules.rules, classify.cues.default_cues,
...). Left alone they would load lazily, the first time a page or a check
needed them, so a bad edit to a thresholds file would surface as CHECK_FAILED
findings half-way through a report. ``validate_rules`` calls every accessor
up front instead: a malformed file stops the run before any submission is
read, with a RuleError naming the file and the key, and the loaded models
stay cached for the run.

The list lives here, in the service, because only the layer that runs the
pipeline may import every stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jianzheng.classify.cues import default_cues
from jianzheng.extract.declaration_vocab import load_vocab
from jianzheng.extract.fields.credit_code import confusions
from jianzheng.extract.fields.labels import vocabulary
from jianzheng.extract.readers.xml_invoice import einvoice_labels
from jianzheng.extract.reading_rules import rules as reading_rules
from jianzheng.models.money import money_units
from jianzheng.verify.forensics.config import thresholds
from jianzheng.verify.rules import certificate_list
from jianzheng.verify.rules import rules as inspection_rules

from .web.advice import load_advice


@dataclass(frozen=True)
class RulesFile:
    """One rules file: where it lives in the source tree, and the stage's cached accessor that loads it."""

    path: str
    """Relative to the repository root (the installed package has the same layout under jianzheng/)."""
    load: Callable[[], object]


RULES_FILES: tuple[RulesFile, ...] = (
    RulesFile("models/money/units.toml", money_units),
    RulesFile("extract/reading.toml", reading_rules),
    RulesFile("extract/readers/einvoice_labels.toml", einvoice_labels),
    RulesFile("extract/declaration_labels.toml", load_vocab),
    RulesFile("extract/fields/labels.toml", vocabulary),
    RulesFile("extract/fields/credit_code.toml", confusions),
    RulesFile("classify/cues.toml", default_cues),
    RulesFile("verify/rules/inspection.toml", inspection_rules),
    RulesFile("verify/rules/certificates.toml", certificate_list),
    RulesFile("verify/forensics/thresholds.toml", thresholds),
    RulesFile("service/web/advice.toml", load_advice),
)


def validate_rules() -> None:
    """Load every rules file into its model (once; later calls are cache hits).

    Raises RuleError (exit code 2 on the command line) naming the first
    malformed file and the offending key.
    """
    for rules_file in RULES_FILES:
        rules_file.load()
