# The two commands: `make generate` and `make test`. Everything they need is set up here.
PYTHON3 ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
SPEC    ?= spec/openapi.yaml
CONFIG  ?= spec/client.yaml
OUT     ?= generated
# breaking (issue 12): FAIL_ON_BREAKING=1 (exit 3 on a breaking change), SUMMARY_FORMAT=markdown
FAIL_ON_BREAKING ?=
SUMMARY_FORMAT   ?=
GEN_FLAGS = $(if $(filter-out 0 no false,$(FAIL_ON_BREAKING)),--fail-on-breaking) \
            $(if $(SUMMARY_FORMAT),--summary-format $(SUMMARY_FORMAT))
# end breaking
GEN      = $(PY) -m generator --spec $(SPEC) $(if $(CONFIG),--config $(CONFIG)) --out $(OUT) $(strip $(GEN_FLAGS))

.PHONY: generate check test golden bench clean lint lint-code lint-format format

# Rebuilt whenever pyproject.toml changes (new or re-pinned dependency).
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON3) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# Node tools for the tests (pyright, the spec-driven mock server), pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(VENV)/.installed
	$(GEN)

check: $(VENV)/.installed
	$(GEN) --check

golden: $(VENV)/.installed
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

# The gates on the generator's own code, before the tests (configured in pyproject.toml):
# ruff (lint and import order), mypy --strict and black --check (`lint-format`; `make format`
# fixes it). LINT_FORMAT=0 leaves black out, e.g. while merging branches written before a reformat.
LINT_FORMAT ?= 1
lint: lint-code $(if $(filter-out 0 no false,$(LINT_FORMAT)),lint-format)

lint-code: $(VENV)/.installed
	$(VENV)/bin/ruff check generator
	$(VENV)/bin/mypy

lint-format: $(VENV)/.installed
	$(VENV)/bin/black --check generator

# One formatter for the generator's own code (the generated code is laid out by the generator).
format: $(VENV)/.installed
	$(VENV)/bin/black generator
	$(VENV)/bin/ruff check --fix --select I generator

test: $(VENV)/.installed node_modules/.installed lint
	$(PY) -m pytest -q

# The benchmark peers (openapi-python-client, the openai SDK): a second stamp, so `make test`
# never installs them and `make bench` works from a fresh clone.
$(VENV)/.installed-bench: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	touch $@

bench: $(VENV)/.installed $(VENV)/.installed-bench
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules .cache .mypy_cache .ruff_cache
