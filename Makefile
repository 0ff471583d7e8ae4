# Two commands do the whole setup on a fresh machine (Python 3.11+ with venv):
#   make serve   build and serve the demo network on http://127.0.0.1:8000
#   make test    run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Browser tests drive Debian's Chromium; no browser is ever downloaded.
CHROMIUM := /usr/bin/chromium
NPM := /usr/bin/npm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The demo's own clock: 23 November 2026, 13:00 in Amsterdam. Its events stay upcoming and
# its 2027 announcement stays an embargo example, whatever today is. DEMO_EPOCH= (empty)
# serves it at the real time.
DEMO_EPOCH ?= 1795435200
DEMO_CLOCK := $(if $(DEMO_EPOCH),SOURCE_DATE_EPOCH=$(DEMO_EPOCH))

.PHONY: serve build test check bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

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

# The build benchmark of bench/README.md (S and M, ~15 min); BENCH="--sizes L --skip edit,floor"
bench: $(STAMP)
	$(BIN)/python bench/run $(BENCH)

test: $(STAMP) $(CHROMIUM) $(NPM)
	$(BIN)/ruff check generator tests bench scripts
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m pytest

clean:
	rm -rf site .cache $(VENV)
