# intercluster: developer entry points. `make help` lists them.
#
#   make run     install, create the database, load the demo data, serve on http://127.0.0.1:8000
#   make test    lint, the whole suite on SQLite, then the db tests again on a throwaway PostgreSQL

# Each recipe runs as one bash script (.ONESHELL) with errexit and pipefail, so a recipe can
# keep state (the PostgreSQL URL, a trap) across lines and stops at the first failing command.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
# Targets such as `test` rely on their prerequisites running in the order written.
.NOTPARALLEL:
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# pip only re-runs when pyproject.toml is newer than this stamp (or the venv was removed).
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
PGTEST := scripts/pg-test-server
# Non-empty under CI (CI=true, as CI services set it): missing PostgreSQL becomes an error.
IS_CI  := $(filter true TRUE True 1 yes,$(CI))

.PHONY: help venv run lint test test-sqlite test-pg system-deps clean

help:
	@cat <<'EOF'
	make run          install, init the database (./var/intercluster.db), load demo data, serve on $(HOST):$(PORT)
	make test         lint + whole suite on SQLite + db-marked tests on a throwaway PostgreSQL
	make lint         ruff check src tests; mypy
	make test-sqlite  whole suite on SQLite only
	make test-pg      db-marked tests on a throwaway PostgreSQL only (scripts/pg-test-server)
	make venv         create .venv and install the package with its dev extras
	make clean        remove .venv, var, .pgtest and caches
	EOF

venv: $(STAMP)

$(STAMP): pyproject.toml
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -e '.[dev]'
	touch $@

run: venv
	$(BIN)/intercluster init
	$(BIN)/intercluster demo
	echo "*** sign in at http://$(HOST):$(PORT) as demo@intercluster.local, password: demo ***"
	exec $(BIN)/intercluster serve --host $(HOST) --port $(PORT)

lint: venv
	$(BIN)/ruff check src tests
	$(BIN)/mypy

# Order matters (see .NOTPARALLEL): cheap checks first, PostgreSQL last.
test: venv system-deps lint test-sqlite test-pg

test-sqlite: venv
	$(BIN)/python -m pytest

# The db-marked tests a second time, against a real PostgreSQL. Without PostgreSQL a local
# run warns and goes on; under CI=true it fails, so the PostgreSQL pass cannot silently vanish.
test-pg: venv
	@fail_or_warn() {
	    if [ -n "$(IS_CI)" ]; then printf '\nERROR: %s\n\n' "$$1" >&2; exit 1; fi
	    printf '\n*** WARNING: %s ***\n\n' "$$1" >&2
	}
	if ! url="$$($(PGTEST) start)"; then
	    fail_or_warn "PostgreSQL could not be started; the PostgreSQL tests were SKIPPED"
	    exit 0
	fi
	# Always stop the server, whatever pytest does; the EXIT trap keeps pytest's exit code.
	trap '$(PGTEST) stop' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	echo "+ INTERCLUSTER_TEST_DATABASE_URL=$$url $(BIN)/python -m pytest -m db"
	rc=0
	INTERCLUSTER_TEST_DATABASE_URL="$$url" $(BIN)/python -m pytest -m db || rc=$$?
	# pytest exits 5 when nothing was collected: the db tests are gone or mis-marked.
	if [ "$$rc" -eq 5 ]; then
	    fail_or_warn "no db-marked tests were collected for the PostgreSQL pass"
	    rc=0
	fi
	exit "$$rc"

# Debian packages the suite needs: PostgreSQL server binaries for test-pg, Pango, HarfBuzz
# and a font for the PDF reports (WeasyPrint), and Chromium for the browser tests (Playwright
# drives it; no browser is downloaded). Installed only as root and only when missing;
# elsewhere a note says what is missing.
DEBIAN_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core chromium

system-deps:
	@missing=()
	if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
	    missing+=(postgresql)
	fi
	if command -v dpkg-query >/dev/null; then
	    for pkg in $(DEBIAN_PACKAGES); do
	        dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q 'install ok installed' \
	            || missing+=("$$pkg")
	    done
	fi
	if [ "$${#missing[@]}" -eq 0 ]; then
	    exit 0
	fi
	if [ "$$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	    echo "NOTE: missing system packages: $${missing[*]} (PostgreSQL, PDF, browser tests);" \
	         "install them to run the whole suite." >&2
	    exit 0
	fi
	echo "+ apt-get update && apt-get install -y --no-install-recommends $${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	if ! { apt-get update && apt-get install -y --no-install-recommends "$${missing[@]}"; }; then
	    if [ -n "$(IS_CI)" ]; then echo "ERROR: could not install $${missing[*]}" >&2; exit 1; fi
	    echo "WARNING: could not install $${missing[*]}; the tests that need them will be skipped" >&2
	fi

clean:
	[ ! -x $(PGTEST) ] || $(PGTEST) stop || true
	rm -rf $(VENV) var .pgtest .pytest_cache .mypy_cache .ruff_cache .hypothesis \
	       build dist src/*.egg-info test-artifacts
	find src tests -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null || true
