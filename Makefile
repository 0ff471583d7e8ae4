# Two commands do the whole setup on a fresh machine (Python 3.11+ with venv):
#   make serve   build and serve the demo network on http://127.0.0.1:8000
#   make test    run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Serving and building need the runtime install only; the tests and the benchmark add the
# test extras on top of it.
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# The second engine: ProperDocs, the maintained MkDocs 1.x continuation, in a venv of its
# own without MkDocs (tests/engines/test_properdocs.py builds with it).
PD_VENV := .venv-properdocs
PD_STAMP := $(PD_VENV)/.installed
# Browser tests drive Debian's Chromium; no browser is ever downloaded.
CHROMIUM := /usr/bin/chromium
NPM := /usr/bin/npm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The demo's own clock: 23 November 2026, 13:00 in Amsterdam. Its events stay upcoming and
# its 2027 announcement stays an embargo example, whatever today is. DEMO_EPOCH= (empty)
# serves it at the real time.
DEMO_EPOCH ?= 1795435200
DEMO_CLOCK := $(if $(DEMO_EPOCH),SOURCE_DATE_EPOCH=$(DEMO_EPOCH))

.PHONY: serve build test check bench clean lock $(PD_VENV)

# Every package from requirements.lock, checked against its hashes (scripts/install); the
# generator itself editable.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python scripts/install --quiet --editable
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

# The plugin (editable) and the pinned properdocs from pyproject.toml's "properdocs" extra,
# every shared package at the version .venv has, so both engines render with the same
# libraries; then MkDocs (pulled in by mkdocs-material) is removed, so that nothing of it can
# take part in a ProperDocs build.
$(PD_STAMP): $(STAMP)
	$(PYTHON) -m venv $(PD_VENV)
	$(PD_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip freeze --exclude-editable > $(PD_VENV)/constraints.txt
	$(PD_VENV)/bin/python -m pip install --quiet -c $(PD_VENV)/constraints.txt -e ".[properdocs]"
	$(PD_VENV)/bin/python -m pip uninstall --quiet --yes mkdocs
	touch $(PD_STAMP)

$(PD_VENV): $(PD_STAMP)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

# The browser editor's end-to-end test runs decap-server, installed from npm.
$(NPM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm

serve: $(STAMP)
	$(DEMO_CLOCK) NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

build: $(STAMP)
	$(DEMO_CLOCK) NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

check: $(STAMP)
	$(DEMO_CLOCK) $(BIN)/python -m generator check

# The build benchmark of bench/README.md (S and M, ~15 min; search needs Chromium);
# BENCH="--sizes L --skip edit,floor"
bench: $(TEST_STAMP) $(CHROMIUM)
	$(BIN)/python bench/run $(BENCH)

test: $(TEST_STAMP) $(PD_STAMP) $(CHROMIUM) $(NPM)
	$(BIN)/ruff check generator tests bench scripts
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest

# requirements.lock again from pyproject.toml (needs PyPI and Python 3.11); LOCK=--upgrade
# also moves what the pins pull in to its newest.
lock:
	scripts/lock $(LOCK)

clean:
	rm -rf site .cache $(VENV) $(PD_VENV)
