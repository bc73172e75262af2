# Two commands for a fresh machine with Python 3.11+ and make:
#   make site   creates .venv, installs auditkb, builds the sample knowledge base into site/
#   make test   installs what the tests need and runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test lint serve schema bench clean

$(BIN)/auditkb: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("auditkb needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/auditkb pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

site: $(BIN)/auditkb
	$(BIN)/auditkb build
	@echo "The site is in site/: open site/index.html, or run '$(BIN)/auditkb serve' and visit http://127.0.0.1:8000/"

test: $(VENV)/.test-deps
	@sh scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -q

lint: $(BIN)/auditkb
	$(BIN)/auditkb lint

serve: $(BIN)/auditkb
	$(BIN)/auditkb serve

schema: $(BIN)/auditkb
	$(BIN)/auditkb schema --write

clean:
	rm -rf build site .pytest_cache

# Benchmark (issue 7): N = 100, 1,000 and 5,000 by default, about 20 minutes on 2 cores.
# `make bench BENCH_ARGS=--quick` runs a small smoke version; `--check` fails on a missed target.
bench: $(BIN)/auditkb
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)
