# The project's set-up and checks. README names two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= samples/corpus/s01_clean_text

.PHONY: setup demo test lint typecheck pytest clean

$(BIN)/jianzheng: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[service,test]"
	# The int8 text detector (extract/ocr/int8.py); without it OCR runs the float models, only slower.
	$(BIN)/jianzheng models build || echo "jianzheng: int8 detector not built; OCR uses the float models"
	touch $@

setup: $(BIN)/jianzheng

demo: setup
	$(BIN)/jianzheng check $(SAMPLE)/submission --out out/report.json --html out/report.html
	@echo "report: out/report.json, out/report.html"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy finds modules by path; the folders install under the jianzheng
# namespace (and workshop/ as jianzheng_workshop), so give it a tree of links
# that has that shape.
typecheck: setup
	rm -rf build/typecheck && mkdir -p build/typecheck/jianzheng
	for p in models extract classify verify service; do ln -s ../../../$$p build/typecheck/jianzheng/$$p; done
	ln -s ../../workshop build/typecheck/jianzheng_workshop
	cd build/typecheck && ../../$(BIN)/mypy -p jianzheng.models -p jianzheng.extract -p jianzheng.classify -p jianzheng.verify -p jianzheng.service -p jianzheng_workshop --config-file ../../pyproject.toml

# The service tests use PostgreSQL, Redis and Chromium for real; the script starts
# or installs whichever is missing.
pytest: setup
	bash scripts/ensure-services.sh
	$(BIN)/pytest -q

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build out
