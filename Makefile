# kaiju_research: every derived file is made here from data/raw/.
# `make reports` and `make test` work on a fresh clone with only Python 3.11+ and pip.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help env ingest reports test lint lab bench clean distclean checksums

help: ## Show the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

env: $(STAMP) ## Create .venv with the exact versions in requirements.lock

ingest: $(STAMP) ## Parse data/raw/ into data/processed/*.parquet
	$(BIN)/kaiju ingest

reports: ingest ## Ingest, then render reports/<issue_id>.html (only what changed)
	$(BIN)/kaiju report

test: $(STAMP) ## Lint (ruff) and run the test suite
	$(BIN)/ruff check src tests benchmarks notebooks
	$(BIN)/ruff format --check src tests benchmarks notebooks
	$(BIN)/python -m pytest

lint: $(STAMP) ## Lint only
	$(BIN)/ruff check src tests benchmarks notebooks

lab: $(STAMP) ## Open JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: $(STAMP) ## Run the benchmarks (they print figures; nothing is asserted)
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

checksums: ## Verify data/raw/ against data/raw/SHA256SUMS
	cd data/raw && sha256sum --check --quiet SHA256SUMS

clean: ## Remove every derived file (data/processed/, reports/)
	find data/processed reports -mindepth 1 ! -name .gitkeep ! -name README.md -delete

distclean: clean ## Also remove .venv
	rm -rf $(VENV)
