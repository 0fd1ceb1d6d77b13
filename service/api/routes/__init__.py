"""One router per thing: submissions, pre-checks, page images, exports, findings."""
