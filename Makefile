# Set-up and the main jobs. Everything installs into .venv/ with the tested constraints.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := corpora/kestrel
export HF_HUB_OFFLINE := 1

.PHONY: demo test lint bench screenshot clean

$(BIN)/onmessage: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(BIN)/onmessage

## demo: install, check the demo corpus, print the findings, write reports/kestrel.{json,html}
demo: $(BIN)/onmessage
	$(BIN)/onmessage check $(DEMO) --report reports/kestrel.json --report reports/kestrel.html \
		|| [ $$? -eq 1 ]
	@echo "Reports: reports/kestrel.json, reports/kestrel.html"

## test: install and run the whole suite
test: $(BIN)/onmessage
	$(BIN)/python -m pytest

lint: $(BIN)/onmessage
	$(BIN)/ruff check .

bench: $(BIN)/onmessage
	$(BIN)/python benchmarks/speed.py

## screenshot: the README's picture of the demo report (needs Debian's chromium)
screenshot: $(BIN)/onmessage
	$(BIN)/python -m tests.browser $(DEMO) docs/report.png

clean:
	rm -rf $(VENV) reports/*.json reports/*.html
