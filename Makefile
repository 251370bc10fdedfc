# Shegong: the README's two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

# Shared libraries PySide6's wheels need at run time on a bare Debian/Ubuntu machine, and
# a font that draws Chinese (the monthly report's pdf; its tests fail on CI without one).
QT_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-cjk
# The county office's engine: the tests start a throw-away server of their own from its
# initdb/pg_ctl (tests/pg_server.py). psycopg's binary wheel brings its own libpq.
PG_DEBS := postgresql

.PHONY: run test lint bench screenshots dist clean system-deps

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Installs Qt's system libraries, the Chinese font and PostgreSQL when missing and we may
# (root, apt).
system-deps:
	@missing=""; for p in $(QT_DEBS) $(PG_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing$$missing"; apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Qt, the pdf and the PostgreSQL tests need these packages:$$missing (install them with your package manager)"; fi; \
	fi

run: $(STAMP)
	QT_QPA_PLATFORM= $(PY) -m app

# ruff, the import contracts (pyproject.toml), then mypy held to mypy-baseline.txt
# (tools/mypy_check.py; --update after a fix).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) tools/mypy_check.py

# Every test, then the sync tests again with every device's data in PostgreSQL (the
# exchange between devices on either engine; tests/sync/conftest.py).
test: $(STAMP) system-deps lint
	$(PY) -m pytest -q
	SHEGONG_TEST_DB=postgresql $(PY) -m pytest -q tests/sync

bench: $(STAMP)
	$(PY) bench/bench_foundation.py
	$(PY) bench/bench_desk.py
	$(PY) bench/bench_sync.py

screenshots: $(STAMP) system-deps
	$(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
