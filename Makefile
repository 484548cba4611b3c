# CSPR Hub — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run test install install-frontend frontend lint typecheck test-frontend \
        test-python test-e2e openapi check-openapi browser bench clean

help:
	@echo "make run    install, build the front end, migrate, load demo data, serve on http://$(HOST):$(PORT)"
	@echo "make test   install and run every check (lint, types, unit, API on SQLite and PostgreSQL, browser)"
	@echo "make openapi  regenerate openapi/openapi.json and the front end's typed client"
	@echo "make bench  run the benchmark against PostgreSQL (see bench/README.md)"

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

frontend/node_modules/.installed: frontend/package-lock.json frontend/package.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	touch $@

install-frontend: frontend/node_modules/.installed

frontend: install-frontend
	cd frontend && npm run --silent build

run: install frontend
	mkdir -p var
	CSPR_ENVIRONMENT=$${CSPR_ENVIRONMENT:-demo} $(BIN)/cspr migrate
	CSPR_ENVIRONMENT=$${CSPR_ENVIRONMENT:-demo} $(BIN)/cspr seed-demo
	CSPR_ENVIRONMENT=$${CSPR_ENVIRONMENT:-demo} $(BIN)/cspr serve --host $(HOST) --port $(PORT) --no-migrate

lint: install
	$(BIN)/ruff check api tests bench migrations
	$(BIN)/ruff format --check api tests bench migrations

typecheck: install
	$(BIN)/mypy

openapi: install install-frontend
	$(BIN)/cspr export-openapi
	cd frontend && npm run --silent gen:api

check-openapi: install install-frontend
	$(BIN)/cspr export-openapi --check
	cd frontend && node scripts/check-api-fresh.mjs

test-frontend: install-frontend
	cd frontend && npx --no-install tsc --noEmit -p .
	cd frontend && npm run --silent test
	cd frontend && npm run --silent build

test-python: install
	$(BIN)/pytest -q -p no:cacheprovider -m "not e2e" -n 2
	@if [ -n "$${CSPR_TEST_POSTGRES_URL:-}" ]; then \
	  echo "== the same suite on PostgreSQL =="; \
	  CSPR_TEST_DB=postgres $(BIN)/pytest -q -p no:cacheprovider -m "not e2e" -n 2; \
	else echo "CSPR_TEST_POSTGRES_URL not set: PostgreSQL run skipped (.ci/run sets it)"; fi

browser:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Browser tests need Chromium at $(CHROMIUM): apt-get install chromium" >&2; exit 1; fi; \
	fi

test-e2e: install frontend browser
	CSPR_CHROMIUM=$(CHROMIUM) $(BIN)/pytest -q -p no:cacheprovider -m e2e tests/e2e

test: lint typecheck check-openapi test-frontend test-python test-e2e
	@echo "make test: every check passed"

bench: install
	@if ! command -v wrk >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; fi
	status=0; $(BIN)/python -m bench.run || status=$$?; \
	  $(BIN)/python -m bench.files || status=$$?; exit $$status

clean:
	rm -rf $(VENV) var frontend/node_modules frontend/dist test-artifacts .mypy_cache .ruff_cache
