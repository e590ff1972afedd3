# nxdesk — quick start: `make run` opens the application, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean package smoke-package

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m nxdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check nxdesk tests

bench: $(STAMP)
	$(PY) bench/run_all.py

# One-folder build into dist/nxdesk/ (PyInstaller), then the frozen binary's headless smoke test.
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(MAKE) smoke-package

smoke-package:
	bash tools/smoke_frozen.sh dist/nxdesk

clean:
	rm -rf $(VENV) build dist *.egg-info
