"""The checks on each declared project's contract, by concern; importing the package registers them.

Their names keep the family ``contract`` (contract.contract_amount): verify.registry names a check
by its module under verify/checks/, or by the package a family was split into.
"""

# In this order: the order of registration is the order of the checks in docs/rules.md and, within
# one severity, project and code, of their findings in a report.
from . import amounts, parties, signing

__all__ = ["amounts", "parties", "signing"]
