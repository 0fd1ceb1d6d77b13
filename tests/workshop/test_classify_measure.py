"""`jianzheng-dev classify-measure`: page-type accuracy and document-boundary F1 against the truth."""

from __future__ import annotations

from jianzheng.models import Document, Truth
from jianzheng_workshop.classify_measure import Score, score_documents


def _truth() -> Truth:
    return Truth.model_validate(
        {
            "name": "s",
            "pages": [
                {"file": "a.pdf", "page": 1, "type": "contract", "document": "T1"},
                {"file": "a.pdf", "page": 2, "type": "contract", "document": "T1"},
                {"file": "a.pdf", "page": 3, "type": "acceptance_report", "document": "T2"},
                {"file": "b.jpg", "page": 1, "type": "business_license", "document": "T3"},
            ],
            "documents": [
                {"id": "T1", "file": "a.pdf", "pages": [1, 2], "type": "contract"},
                {"id": "T2", "file": "a.pdf", "pages": [3], "type": "acceptance_report"},
                {"id": "T3", "file": "b.jpg", "pages": [1], "type": "business_license"},
            ],
        }
    )


def test_a_perfect_classification_scores_one():
    documents = [
        Document(id="D1", file="a.pdf", pages=[1, 2], type="contract"),
        Document(id="D2", file="a.pdf", pages=[3], type="acceptance_report"),
        Document(id="D3", file="b.jpg", pages=[1], type="business_license"),
    ]
    score = score_documents(documents, _truth())
    assert score.page_accuracy == 1.0
    assert score.boundary_f1 == 1.0
    assert score.inner_boundary_f1 == 1.0
    assert score.mistakes == []


def test_a_missed_boundary_costs_recall_and_a_page_type():
    documents = [
        Document(id="D1", file="a.pdf", pages=[1, 2, 3], type="contract"),
        Document(id="D2", file="b.jpg", pages=[1], type="business_license"),
    ]
    score = score_documents(documents, _truth(), label="s: ")
    assert score.pages_correct == 3 and score.pages == 4
    assert (score.boundaries_correct, score.boundaries_found, score.boundaries_true) == (2, 2, 3)
    assert round(score.boundary_f1, 3) == 0.8
    assert score.inner_boundary_f1 == 0.0
    assert "s: a.pdf p3: a document starts here, not found" in score.mistakes


def test_scores_add_up_over_a_set():
    one = Score(pages=10, pages_correct=9, boundaries_true=4, boundaries_found=4, boundaries_correct=4)
    total = one + one
    assert total.pages == 20 and total.page_accuracy == 0.9
    assert total.boundary_f1 == 1.0
