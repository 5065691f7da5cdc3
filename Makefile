# Self-documenting: `make` alone lists the targets (every target has a `## ` line).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus
OUT ?= build

.DEFAULT_GOAL := help

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e '.[dev]'
	touch $@

setup: $(VENV)/.installed ## create the venv (.venv) and install the package with its dev and notebook extras

tables: setup ## build the tables from $(CORPUS) into $(OUT)/tables
	$(PY) -m analysis tables --corpus $(CORPUS) --out $(OUT)/tables

report: setup ## build the whole report (tables, notebooks, figures, HTML) from $(CORPUS)
	$(PY) -m analysis build --corpus $(CORPUS) --out $(OUT)

test: setup ## run the test suite
	$(PY) -m pytest -q -n 2

# Jupyter refuses to run as root unless told; containers and CI shells often are root.
ALLOW_ROOT := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

lab: setup ## open the notebooks in JupyterLab
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=. --ServerApp.default_url=/lab/tree/notebooks $(ALLOW_ROOT)

bench: setup ## scale benchmark (synthetic corpora; sizes with SIZES="1000 3000 10000") and its figure
	$(PY) benchmarks/run.py $(SIZES)

bench-build: setup ## time the report build against the same runner on empty notebooks (the floor)
	$(PY) benchmarks/bench_build.py

clean: ## remove build outputs (not the venv)
	rm -rf $(OUT) .pytest_cache

.PHONY: help setup tables report test lab bench bench-build clean
