# Every target sets up .venv itself from the pinned requirements, so a fresh clone needs only
# Python 3.11 and make.
PYTHON ?= python3
NODE   ?= node
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Serving and building need only the site's own packages (about half of the test toolchain).
SERVE_STAMP := $(VENV)/.installed-serve
# make serve ADDR=0.0.0.0:8000 serves to other devices on the network (read it on a phone).
ADDR   ?= 127.0.0.1:8000

# Material prints a banner about MkDocs 2 on every build; it is noise here (we pin MkDocs 1.6).
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test test-js build offline bench lighthouse screenshot schemas diagrams vectors lint clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP) $(SERVE_STAMP)

$(SERVE_STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(SERVE_STAMP)

# --dirty: an edit rebuilds that page only (macros/dirty_serve.py rebuilds everything when data,
# macros, templates or snippets change, and keeps the search index whole).
serve: $(SERVE_STAMP)
	$(BIN)/mkdocs serve --dirty --dev-addr $(ADDR)

build: $(SERVE_STAMP)
	$(BIN)/mkdocs build --strict

# A copy that works from the file system (open site-offline/index.html), search included.
offline: $(SERVE_STAMP)
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir site-offline

# Build time, page weight, search index and test-suite time against budgets -> bench/results.md
bench: $(STAMP)
	$(BIN)/python -m bench.run

# Lighthouse (pinned in bench/lighthouse/package.json) on four pages, served with gzip, in
# Debian's Chromium -> the "Lighthouse (mobile)" section of bench/results.md.
lighthouse: $(STAMP)
	cd bench/lighthouse && npm ci --no-audit --no-fund --silent
	$(BIN)/python -m bench.lighthouse

# The README's picture of the home page (.github/assets/screenshot-home.png), from a fresh build.
screenshot: $(STAMP)
	$(BIN)/python -m tools.screenshot

schemas: $(STAMP)
	$(BIN)/python -m macros.schemas

# Architecture diagrams: docs/diagrams/*.yaml -> *.svg beside each source (a test fails if stale).
diagrams: $(STAMP)
	$(BIN)/python -c "import sys; from macros.diagrams import main; sys.exit(main())"

# The calculators' shared test vectors: refill limits and expected outputs from the Python
# implementation after editing cases or data (tests/vectors/calculators.json; review the diff).
vectors: $(STAMP)
	$(BIN)/python -m tools.calculator_vectors

lint: $(STAMP)
	$(BIN)/ruff check macros tests bench tools

test: $(STAMP)
	$(BIN)/ruff check macros tests bench tools
	@$(MAKE) --no-print-directory test-js
	$(BIN)/python -m pytest -n auto --dist worksteal

# The practice engine's pure logic (docs/assets/javascripts/practice-core.js), with Node's
# built-in test runner: no npm package is needed.
# Like the browser tests: skipped with one line on a machine without Node, required with CI=true.
test-js:
	@if command -v $(NODE) >/dev/null 2>&1; then $(NODE) --test tests/js/; \
	elif [ "$$CI" = "true" ]; then echo "CI=true needs node for the JS tests: apt-get install nodejs" >&2; exit 1; \
	else echo "SKIPPED the JS tests: node not found (sudo apt-get install nodejs to run them)"; fi

clean:
	rm -rf site site-offline .pytest_cache
