"""Matching declared projects to their contracts, acceptance reports and invoices.

Every (declared project, contract) pair is scored from the evidence that ties
them: project-name similarity (verify.normalise), the client against party A,
the amounts and the signing dates. A component the document lacks is left out
and the weights of the rest renormalised, so a contract whose name could not be
read still matches on amount and party. The assignment is solved optimally
(scipy's linear_sum_assignment, the Hungarian method) rather than greedily: a
greedy pass that gives the best-scoring pair first can leave a second project
with nothing although a swap would have matched both. The papers that stand
beside a row's contract then join it: the order that states the amount where
the row matched its framework agreement (orders), contracts that add up to a
merged row (merged_rows), a framework beside its orders (frameworks), a
补充协议 citing the contract's number (supplements), and the pages of the contract
uploaded as files of their own, one photo a page (contract_pieces).

Acceptance reports are then assigned to projects the same way (name, parties,
acceptance date, and whether they lie in the same file as the project's
contract, as seed 000 section 6 asks enterprises to scan them), leftovers
joining their best project; invoices, several per project, join the project
whose client bought them. The weights are data (rules/inspection.toml).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from pathlib import PurePosixPath
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from jianzheng.models import (
    AcceptanceFields,
    ContractFields,
    Declaration,
    DocType,
    Document,
    Extracted,
    InvoiceFields,
    Match,
    Page,
    Project,
)
from jianzheng.models.money import amounts_agree
from jianzheng.models.text import fold

from .compare import field_unit, unit_of
from .lookup import document_lines, find_project_name
from .normalise import (
    company_similarity,
    normalise_company,
    plausible_party,
    project_similarity,
    same_company,
)
from .rules import rules

_IMPOSSIBLE = 1e6


@dataclass(frozen=True)
class Component:
    """One piece of evidence for a pair: its score in [0, 1] and its weight."""

    score: float
    weight: float


def _weighted(components: Sequence[Component | None]) -> float:
    present = [c for c in components if c is not None and c.weight > 0]
    total = sum(c.weight for c in present)
    if total == 0:
        return 0.0
    return sum(c.score * c.weight for c in present) / total


def amount_closeness(found: Decimal, found_unit: Decimal, declared: Decimal, unit: Decimal) -> float:
    """1.0 for amounts that agree (CONTRACT 1.1: at the coarser of their precisions), falling to 0
    at the data's relative gap."""
    if amounts_agree(found, found_unit, declared, unit):
        return 1.0
    largest = max(abs(found), abs(declared))
    if largest == 0:
        return 1.0
    gap = float(abs(found - declared) / largest)
    return max(0.0, 1.0 - gap / rules().matching.amount_zero_at)


def date_closeness(found: dt.date, declared: dt.date) -> float:
    """1.0 for the same day, falling linearly to 0 at the data's number of days."""
    days = abs((found - declared).days)
    return max(0.0, 1.0 - days / rules().matching.date_zero_at_days)


def _party_score(found: str, declared: str) -> float:
    # Two government clients of one city share most characters ("某区数据局" and
    # "某区教育局"), so a near miss earns only half its similarity.
    return 1.0 if same_company(found, declared) else 0.5 * company_similarity(found, declared)


def name_cut_short(found: str, declared: str) -> bool:
    """Whether a read project name is the declared name's beginning, at least eight characters of it."""
    a, b = fold(found), fold(declared)
    return 8 <= len(a) < len(b) and b.startswith(a)


def score_contract(project: Project, document: Document, declaration: Declaration | None = None) -> float:
    """How well a contract backs a declared project, in [0, 1]; 0 when it must not match."""
    fields = document.fields
    if not isinstance(fields, ContractFields):
        return 0.0
    weights = rules().matching
    name = amount = None
    if fields.project_name is not None:
        clients = [project.client, fields.party_a.value if fields.party_a else None]
        similarity = project_similarity(project.name, fields.project_name.value, clients)
        if name_cut_short(fields.project_name.value, project.name):
            # A name wrapped over two lines and read to the first line's end: it agrees as far as
            # it goes, so it neither vetoes the pair nor proves it; client and date decide.
            similarity = max(similarity, weights.name_floor)
        name = Component(similarity, weights.name_weight)
    if fields.contract_amount is not None and project.contract_amount is not None:
        unit = unit_of(declaration, f"projects.{project.id}.contract_amount")
        amount = Component(
            amount_closeness(
                fields.contract_amount.value,
                field_unit(fields.contract_amount),
                project.contract_amount,
                unit,
            ),
            weights.amount_weight,
        )
    client = None
    if fields.party_a is not None and project.client and plausible_party(fields.party_a.value):
        client = Component(_party_score(fields.party_a.value, project.client), weights.client_weight)
    date = None
    if fields.signed_on is not None and project.signed_on is not None:
        date = Component(date_closeness(fields.signed_on.value, project.signed_on), weights.date_weight)
    score = _weighted([name, amount, client, date])
    amounts_agree = amount is not None and amount.score >= 1.0
    if name is None:
        if amount is None or score < weights.nameless_min_score:
            return 0.0
    elif name.score < weights.name_floor and not amounts_agree:
        return 0.0
    return score


def score_acceptance(
    project: Project, document: Document, contract: Document | None, declaration: Declaration | None = None
) -> float:
    """How well an acceptance report belongs to a declared project (and its matched contract)."""
    fields = document.fields
    if not isinstance(fields, AcceptanceFields):
        return 0.0
    weights = rules().matching
    contract_fields = contract.fields if contract is not None else None
    names = [project.name]
    clients = [project.client] if project.client else []
    if isinstance(contract_fields, ContractFields):
        if contract_fields.project_name is not None:
            names.append(contract_fields.project_name.value)
        if contract_fields.party_a is not None and plausible_party(contract_fields.party_a.value):
            clients.append(contract_fields.party_a.value)
    name = client = date = None
    if fields.project_name is not None:
        party = [fields.party_a.value] if fields.party_a else []
        best = max(project_similarity(n, fields.project_name.value, clients + party) for n in names)
        name = Component(best, weights.name_weight)
    if fields.party_a is not None and clients and plausible_party(fields.party_a.value):
        client = Component(max(_party_score(fields.party_a.value, c) for c in clients), weights.client_weight)
    if fields.accepted_on is not None and project.accepted_on is not None:
        date = Component(date_closeness(fields.accepted_on.value, project.accepted_on), weights.date_weight)
    same_file = contract is not None and contract.file == document.file
    if name is None and not same_file and (client is None or client.score < 1.0):
        return 0.0
    # A report that names another project does not join this one even in the same file
    # (a page reused from another project's bundle is the duplicate check's business).
    if name is not None and name.score < weights.name_floor:
        return 0.0
    score = _weighted([name, client, date])
    if same_file:
        score = min(1.0, score + weights.same_file_bonus)
    return score


def score_invoice(
    project: Project, document: Document, contract: Document | None, declaration: Declaration | None = None
) -> float:
    """How well an invoice belongs to a declared project: its buyer, its amount, its file."""
    fields = document.fields
    if not isinstance(fields, InvoiceFields):
        return 0.0
    weights = rules().matching
    clients = [project.client] if project.client else []
    amount_declared = project.contract_amount
    if contract is not None and isinstance(contract.fields, ContractFields):
        if contract.fields.party_a is not None:
            clients.append(contract.fields.party_a.value)
        if contract.fields.contract_amount is not None:
            amount_declared = contract.fields.contract_amount.value
    same_file = contract is not None and contract.file == document.file
    buyer_ok = fields.buyer is not None and any(same_company(fields.buyer.value, c) for c in clients)
    if not (buyer_ok or same_file):
        return 0.0
    client = Component(1.0 if buyer_ok else 0.0, weights.client_weight) if fields.buyer is not None else None
    amount = None
    if fields.total_amount is not None and amount_declared is not None and amount_declared > 0:
        # An invoice may bill part of the contract: equal scores full, a part half, more nothing.
        total = fields.total_amount.value
        unit = unit_of(declaration, f"projects.{project.id}.contract_amount")
        full = amounts_agree(total, field_unit(fields.total_amount), amount_declared, unit)
        amount = Component(1.0 if full else 0.5 if total <= amount_declared else 0.0, weights.amount_weight)
    score = _weighted([client, amount])
    if same_file:
        score = min(1.0, score + weights.same_file_bonus)
    return score


def _assign(scores: np.ndarray, minimum: float) -> list[tuple[int, int]]:
    """Row/column pairs of the assignment that maximises the total score, above ``minimum``."""
    if scores.size == 0:
        return []
    cost = np.where(scores >= minimum, 1.0 - scores, _IMPOSSIBLE)
    rows, cols = linear_sum_assignment(cost)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if scores[r, c] >= minimum]


_MERGED_MAX = 4
"""Most contracts one merged row is looked for among (subsets of the candidates up to this size)."""
_MERGED_POOL = 12


def _contract_amount(doc: Document) -> Extracted[Decimal] | None:
    fields = doc.fields
    if isinstance(fields, ContractFields) and fields.contract_amount is not None:
        return fields.contract_amount
    return None


def _sum_agrees(amounts: Sequence[Extracted[Decimal]], declared: Decimal, unit: Decimal) -> bool:
    """Whether contracts' amounts add up to a declared one, at the coarsest precision any of them
    was printed at (as the contract check compares a merged row)."""
    total = sum((a.value for a in amounts), Decimal(0))
    return amounts_agree(total, max(field_unit(a) for a in amounts), declared, unit)


def _could_back(project: Project, doc: Document, *, amount: bool = True) -> bool:
    """Whether a contract may be part of a merged row: its client is the row's, or its name is close."""
    fields = doc.fields
    if not isinstance(fields, ContractFields) or (amount and fields.contract_amount is None):
        return False
    if fields.party_a is not None and project.client:
        client, read = normalise_company(project.client), normalise_company(fields.party_a.value)
        # A reading with noise around the client's whole name (a stamp's strokes before it) names it.
        if same_company(fields.party_a.value, project.client) or (len(client) >= 4 and client in read):
            return True
    if fields.project_name is not None:
        similarity = project_similarity(project.name, fields.project_name.value, [project.client])
        return similarity >= rules().matching.name_floor
    return False


# A row that says it merges projects (seed 000: 可将同类型项目合并数据按一个项目添加) and how many:
# …建设项目（3所学校合并申报）, 等五个项目合并.
_MERGER = re.compile(r"([0-9]{1,2}|[两二三四五六七八九十])\s*(?:所|个|家|项|份)[^，,。；;（）()]{0,8}?合并")
_SMALL = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def declared_merger(name: str) -> int | None:
    """How many projects a declared row's name says it merges (…（3所学校合并申报）: 3), if it says."""
    match = _MERGER.search(name)
    if match is None:
        return None
    count = match[1]
    return int(count) if count.isdigit() else _SMALL[count]


def merged_rows(
    declaration: Declaration, contracts: list[Document], contract_of: dict[int, Document]
) -> dict[int, list[Document]]:
    """Rows backed by several contracts whose amounts add up to the declared amount (CONTRACT 1.1).

    The instructions let an enterprise with many contracts merge projects of one kind into one
    row as long as the totals agree. A row whose matched contract (if any) does not state its
    amount alone takes the smallest group of contracts, from its own and those matched to no
    row, whose amounts add up to it; each must be the row's client's or close in name. A row
    that matched no contract and says how many it merges takes that many, when exactly that
    many of the client's stand unmatched, whatever they add up to.
    """
    taken = {d.id for d in contract_of.values()}
    free = [c for c in contracts if c.id not in taken]
    groups: dict[int, list[Document]] = {}
    for row, project in enumerate(declaration.projects):
        if project.contract_amount is None or not free:
            continue
        unit = unit_of(declaration, f"projects.{project.id}.contract_amount")
        own = contract_of.get(row)
        own_amount = _contract_amount(own) if own is not None else None
        if own_amount is not None and _sum_agrees([own_amount], project.contract_amount, unit):
            continue
        pool = ([own] if own is not None else []) + [c for c in free if _could_back(project, c)]
        pool = pool[:_MERGED_POOL]
        found = None
        for size in range(2, min(_MERGED_MAX, len(pool)) + 1):
            for group in combinations(pool, size):
                amounts = [a for a in (_contract_amount(d) for d in group) if a is not None]
                if len(amounts) < len(group):
                    continue
                if _sum_agrees(amounts, project.contract_amount, unit):
                    found = list(group)
                    break
            if found:
                break
        # The row names how many it merges, and exactly that many of the client's contracts stand
        # unmatched: they are the row, though their amounts do not add up to it (the contract
        # check says by how much).
        count = declared_merger(project.name)
        if found is None and count is not None and count >= 2 and own is None and len(pool) == count:
            found = list(pool)
        if found:
            groups[row] = found
            free = [c for c in free if c not in found]
    return groups


def frameworks(
    declaration: Declaration,
    contracts: list[Document],
    contract_of: dict[int, Document],
    attached: dict[int, list[Document]],
) -> dict[int, Document]:
    """Framework agreements (框架协议) that stand beside a row's orders in the same file.

    A framework fixes the parties and the signing date and leaves the amounts to its orders,
    so it states no contract amount and matches no row on its own; scanned with the row's
    orders and naming the row's client or project, it belongs to that row.
    """
    taken = {d.id for d in contract_of.values()} | {d.id for docs in attached.values() for d in docs}
    found: dict[int, Document] = {}
    for doc in contracts:
        fields = doc.fields
        if doc.id in taken or not isinstance(fields, ContractFields) or fields.contract_amount is not None:
            continue
        rows = [
            row
            for row, own in contract_of.items()
            if own.file == doc.file
            and row not in found
            and _could_back(declaration.projects[row], doc, amount=False)
        ]
        if len(rows) == 1:
            found[rows[0]] = doc
    return found


_MIN_NUMBER = 6
"""A contract number shorter than this (合同1, No.3) cites nothing by itself."""


def supplements(
    contracts: list[Document],
    contract_of: dict[int, Document],
    attached: dict[int, list[Document]],
    pages: Mapping[tuple[str, int], Page] | None,
) -> dict[int, list[Document]]:
    """Supplementary agreements (补充协议) and the like that cite a row's contract by its number.

    They state no amount of their own (a price left unchanged) and often no project name but
    the original's in 《…》; their number extends the original's (…-JC711-BC01) or their text
    quotes it. One that cites one row's contract belongs to that row, wherever it was filed.
    """
    taken = {d.id for d in contract_of.values()} | {d.id for docs in attached.values() for d in docs}
    found: dict[int, list[Document]] = {}
    for doc in contracts:
        fields = doc.fields
        if doc.id in taken or not isinstance(fields, ContractFields) or fields.contract_amount is not None:
            continue
        own = fold(fields.contract_number.value) if fields.contract_number else ""
        text = "".join("".join(ln.text.split()) for ln in document_lines(pages, doc)) if pages else ""
        rows = [
            row
            for row, contract in contract_of.items()
            if isinstance(contract.fields, ContractFields)
            and contract.fields.contract_number is not None
            and len(number := fold(contract.fields.contract_number.value)) >= _MIN_NUMBER
            and (own.startswith(number) or number in fold(text))
        ]
        if len(rows) == 1:
            found.setdefault(rows[0], []).append(doc)
    return found


def orders(
    contracts: list[Document], contract_of: dict[int, Document], scores: np.ndarray, minimum: float
) -> dict[int, Document]:
    """The order (订单) that states a row's amount, where the row matched its framework agreement.

    A framework names the project and the parties and so can outscore its own order, which
    states the amount but often no project name; a reviewer checks the row against the order.
    Among the file's unmatched contracts that state an amount and could back the row, the one
    that fits it best, where one does plainly.
    """
    taken = {d.id for d in contract_of.values()}
    found: dict[int, Document] = {}
    for row, own in contract_of.items():
        if not isinstance(own.fields, ContractFields) or own.fields.contract_amount is not None:
            continue
        candidates = sorted(
            (
                (float(scores[row, col]), col)
                for col, doc in enumerate(contracts)
                if doc.id not in taken
                and doc.file == own.file
                and isinstance(doc.fields, ContractFields)
                and doc.fields.contract_amount is not None
                and scores[row, col] >= minimum
            ),
            reverse=True,
        )
        if candidates and (len(candidates) == 1 or candidates[0][0] > candidates[1][0]):
            found[row] = contracts[candidates[0][1]]
            taken.add(found[row].id)
    return found


_PIECE_FIELDS = ("project_name", "contract_number", "contract_amount", "party_a", "party_b", "signed_on")
"""What a contract's page may say that ties it to the contract (or sets it apart)."""


def _piece_agrees(doc: Document, whole: list[Document]) -> bool | None:
    """Whether a contract document says it is a page of the contract ``whole`` (its pages so far):
    True where it agrees with them on the contract number, the amount or a party and contradicts
    nothing; False where it contradicts them; None where nothing can be compared. A page naming a project is a
    contract of its own unless it carries the contract's own number."""

    def first(name: str) -> Extracted[Any] | None:
        return next((f for d in whole if (f := d.field(name)) is not None), None)

    said = {name: doc.field(name) for name in _PIECE_FIELDS}
    if all(f is None for f in said.values()):
        return None
    votes: list[bool] = []
    number, theirs = said["contract_number"], first("contract_number")
    if number is not None:
        if not _numbers_agree(number, theirs):
            return False
        votes.append(True)
    elif said["project_name"] is not None:
        return False
    amount, theirs = said["contract_amount"], first("contract_amount")
    if amount is not None and theirs is not None:
        votes.append(amounts_agree(amount.value, field_unit(amount), theirs.value, field_unit(theirs)))
    for party in ("party_a", "party_b"):
        mine, theirs = said[party], first(party)
        if mine is not None and theirs is not None:
            if same_company(mine.value, theirs.value):
                votes.append(True)
            elif (
                len(fold(mine.value)) < len(fold(theirs.value))
                and fuzz.partial_ratio(fold(mine.value), fold(theirs.value))
                >= rules().matching.piece_fragment_ratio
            ):
                votes.append(True)  # what OCR kept of the name under a seal (养恒通智能科: qinghe seed 1)
            elif company_similarity(mine.value, theirs.value) < rules().matching.piece_party_floor:
                votes.append(False)  # a slip of the OCR is no other party; another name is
    return all(votes) if votes else None


def _numbers_agree(mine: Extracted[Any] | None, theirs: Extracted[Any] | None) -> bool:
    """Whether two contract numbers read are one, long enough to tell contracts apart."""
    return (
        mine is not None
        and theirs is not None
        and len(fold(theirs.value)) >= _MIN_NUMBER
        and fold(mine.value) == fold(theirs.value)
    )


def _one_page_files(pages: Mapping[tuple[str, int], Page] | None) -> set[str]:
    if pages is None:
        return set()
    counts: dict[str, int] = {}
    for file, _ in pages:
        counts[file] = counts.get(file, 0) + 1
    return {file for file, n in counts.items() if n == 1}


def contract_pieces(
    contract: Document, candidates: Sequence[Document], pages: Mapping[tuple[str, int], Page] | None = None
) -> list[Document]:
    """The pages of ``contract`` uploaded as files of their own (合同1.jpg … 合同5.jpg, one photo a
    page; a signature page scanned apart), among ``candidates`` (contracts matched to no row).

    Segmentation keeps documents within their files, so a contract photographed page by page
    comes out as one document per photo. A page joins the contract when it agrees with it (or
    with a page already joined) on the contract number, the amount or a party and contradicts
    none of them. A page that states none of these (a page of clauses) joins only as a one-page
    file in the folder of a page already joined so, or of the contract where it is one photo
    itself, beside its fellow photos.
    """
    whole = [contract]
    # A page apart is one page: a whole second copy (a Word draft beside the signed scan) is no page.
    # In the contract's own file it is another contract, unless it prints this contract's own number
    # (a 报价明细 bound after the invoices: qitai seed 1).
    pending = [
        d
        for d in candidates
        if d.type == DocType.contract
        and len(d.pages) == 1
        and (
            d.file != contract.file
            or _numbers_agree(d.field("contract_number"), contract.field("contract_number"))
        )
    ]
    changed = True
    while changed:
        changed = False
        for doc in list(pending):
            if _piece_agrees(doc, whole):
                whole.append(doc)
                pending.remove(doc)
                changed = True
    single = _one_page_files(pages)
    # The contract's own folder counts where it is itself one photo (扫描全能王 10.23.jpg beside
    # 10.24.jpg, its signature page, which names no party: qinghe seed 1).
    folders = {PurePosixPath(d.file).parent for d in whole if d.file in single}
    for doc in pending:
        if (
            doc.file in single
            and PurePosixPath(doc.file).parent in folders
            and _piece_agrees(doc, whole) is None
        ):
            whole.append(doc)
    order = {d.id: i for i, d in enumerate(candidates)}
    return sorted(whole[1:], key=lambda d: order[d.id])


@dataclass
class Matching:
    """The matcher's answer: the report's matches, and which of their documents are pages of a
    row's contract uploaded apart (contract_pieces; the checks read them as that contract)."""

    matches: list[Match]
    pieces: dict[str, list[str]] = field(default_factory=dict)
    """Ids of the pages uploaded apart, by the id of the contract they belong to."""


def match_projects(
    declaration: Declaration, documents: list[Document], pages: Mapping[tuple[str, int], Page] | None = None
) -> list[Match]:
    """One Match per declared project that has evidence (match_documents)."""
    return match_documents(declaration, documents, pages).matches


def match_documents(
    declaration: Declaration, documents: list[Document], pages: Mapping[tuple[str, int], Page] | None = None
) -> Matching:
    """One Match per declared project that has evidence, in declaration order, with its score,
    and the pages of contracts uploaded apart.

    The score is the contract's (or, where no contract matched, the best
    acceptance report's or invoice's); ``documents`` lists the contract first,
    then acceptance reports, then invoices. With the ``pages``, an invoice that fits two
    projects of one client equally well goes to the one whose whole name it prints (备注：项目
    名称：…), as a reviewer tells them apart.
    """
    projects = declaration.projects
    minimum = rules().matching.min_score
    contracts = [d for d in documents if d.type == DocType.contract]
    acceptances = [d for d in documents if d.type == DocType.acceptance_report]
    invoices = [d for d in documents if d.type == DocType.invoice]

    contract_scores = np.array(
        [[score_contract(p, c, declaration) for c in contracts] for p in projects]
    ).reshape(len(projects), len(contracts))
    contract_of: dict[int, Document] = {}
    score_of: dict[int, float] = {}
    for row, col in _assign(contract_scores, minimum):
        contract_of[row] = contracts[col]
        score_of[row] = float(contract_scores[row, col])

    attached: dict[int, list[Document]] = {i: [] for i in range(len(projects))}
    for row, order in orders(contracts, contract_of, contract_scores, minimum).items():
        attached[row].append(contract_of[row])
        contract_of[row] = order
    for row, group in merged_rows(declaration, contracts, contract_of).items():
        contract_of[row] = group[0]
        attached[row].extend(group[1:])
        score_of.setdefault(row, minimum)
    for row, framework in frameworks(declaration, contracts, contract_of, attached).items():
        attached[row].append(framework)
    for row, docs in supplements(contracts, contract_of, attached, pages).items():
        attached[row].extend(docs)
    pieces = _rows_pieces(contracts, contract_of, attached, pages)
    for row, docs in pieces.items():
        attached[row].extend(docs)
    acc_scores = np.array(
        [
            [score_acceptance(p, a, contract_of.get(i), declaration) for a in acceptances]
            for i, p in enumerate(projects)
        ]
    ).reshape(len(projects), len(acceptances))
    taken: set[int] = set()
    for row, col in _assign(acc_scores, minimum):
        attached[row].append(acceptances[col])
        taken.add(col)
        score_of.setdefault(row, float(acc_scores[row, col]))
    # A second acceptance report of one project (初验 and 终验) joins its best project.
    for col, acceptance in enumerate(acceptances):
        if col in taken or not projects:
            continue
        row = int(np.argmax(acc_scores[:, col]))
        if acc_scores[row, col] >= minimum:
            attached[row].append(acceptance)
            score_of.setdefault(row, float(acc_scores[row, col]))

    for invoice in invoices:
        scores = [score_invoice(p, invoice, contract_of.get(i), declaration) for i, p in enumerate(projects)]
        best = max(scores, default=0.0)
        # Two projects of one client that the invoice fits equally well: which one it paid
        # cannot be told, and guessing would inflate one project's invoice total.
        tied = [i for i, s in enumerate(scores) if abs(s - best) < 1e-9]
        if best >= minimum and len(tied) > 1 and pages is not None:
            lines = document_lines(pages, invoice)
            tied = [i for i in tied if find_project_name(lines, projects[i].name) is not None]
        if best >= minimum and len(tied) == 1:
            row = tied[0]
            attached[row].append(invoice)
            score_of.setdefault(row, best)

    matches = []
    for i, project in enumerate(projects):
        docs = ([contract_of[i]] if i in contract_of else []) + attached[i]
        if docs:
            matches.append(
                Match(project_id=project.id, documents=[d.id for d in docs], score=round(score_of[i], 3))
            )
    return Matching(
        matches, {contract_of[row].id: [d.id for d in docs] for row, docs in pieces.items() if docs}
    )


def _rows_pieces(
    contracts: list[Document],
    contract_of: dict[int, Document],
    attached: dict[int, list[Document]],
    pages: Mapping[tuple[str, int], Page] | None,
) -> dict[int, list[Document]]:
    """Each row's contract_pieces among the contracts no row took; a page two rows' contracts
    could both claim (one client, two projects) joins neither."""
    taken = {d.id for d in contract_of.values()} | {d.id for docs in attached.values() for d in docs}
    free = [c for c in contracts if c.id not in taken]
    found = {row: contract_pieces(own, free, pages) for row, own in contract_of.items()}
    claims: dict[str, list[int]] = {}
    for row, docs in found.items():
        for doc in docs:
            claims.setdefault(doc.id, []).append(row)

    def owner(doc: Document) -> int | None:
        rows = claims[doc.id]
        if len(rows) == 1:
            return rows[0]
        # Both rows' contracts name the enterprise as party B: the page's folder, where only one
        # of them lies, says whose it is (项目1/ beside 项目2/: qinghe seed 1).
        folder = PurePosixPath(doc.file).parent
        beside = [r for r in rows if PurePosixPath(contract_of[r].file).parent == folder]
        return beside[0] if len(beside) == 1 and folder != PurePosixPath(".") else None

    return {row: [d for d in docs if owner(d) == row] for row, docs in found.items()}
