# Aimant — routine commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run serve worker scheduler migrate seed test test-fast test-e2e bench lint format messages check-migrations check-deploy clean

help: ## List the routine commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create the virtual environment and install dependencies

migrate: $(STAMP) ## Apply database migrations
	$(PY) manage.py migrate --noinput

seed: migrate ## Create the bilingual demo content and accounts (idempotent)
	$(PY) manage.py seed_demo

run: seed ## Start the platform with demo content: web server, task worker and scheduler
	@echo "Aimant at http://$(HOST):$(PORT)/ (admin: /admin/) — Ctrl-C stops everything."
	@trap 'kill 0' INT TERM EXIT; \
	$(PY) manage.py db_worker --no-reload & \
	$(PY) manage.py run_scheduler & \
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: $(STAMP) ## Start only the web server
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: $(STAMP) ## Start only the task worker (database queue)
	$(PY) manage.py db_worker

scheduler: $(STAMP) ## Start only the periodic-job scheduler
	$(PY) manage.py run_scheduler

test: $(STAMP) ## Run the whole test suite (browser tests skip when Chromium is missing)
	$(PY) -m pytest

test-fast: $(STAMP) ## Run the tests without the browser tests
	$(PY) -m pytest -m "not e2e"

test-e2e: $(STAMP) ## Run only the browser tests (needs /usr/bin/chromium)
	$(PY) -m pytest -m e2e

bench: $(STAMP) ## Run the benchmarks (white-paper PDFs: personalised vs cached copies)
	$(PY) benchmarks/whitepapers_pdf.py

lint: $(STAMP) ## Check code style and layering (ruff check, ruff format --check, lint-imports)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(STAMP) ## Reformat the code and fix what ruff can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(STAMP) ## Refresh and compile the French catalogue (needs gettext)
	$(PY) manage.py makemessages -l fr --no-obsolete --ignore=.venv --ignore=static_collected
	$(PY) manage.py compilemessages -l fr --ignore=.venv

check-migrations: $(STAMP) ## Fail if models changed without a migration
	$(PY) manage.py makemigrations --check --dry-run

check-deploy: $(STAMP) ## Run Django's deployment checks on production settings
	DJANGO_SETTINGS_MODULE=website.settings.production \
	SECRET_KEY=$${SECRET_KEY:-check-deploy-$$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-aimant.example.com} \
	DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-https://aimant.example.com} \
	$(PY) manage.py check --deploy --fail-level WARNING

clean: ## Remove the virtual environment, caches and the local database
	rm -rf $(VENV) .pytest_cache .ruff_cache static_collected db.sqlite3 db.sqlite3-*
