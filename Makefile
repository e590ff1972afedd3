# nxdesk — quick start: `make run` opens the application, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/i18n/nxdesk_vi.qm

.PHONY: translations run test lint bench bench-frozen clean package smoke-package

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The Vietnamese catalogue, compiled from the .ts (the .qm is never committed).
$(QM): resources/i18n/nxdesk_vi.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) $(QM)
	$(PY) -m nxdesk

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check nxdesk tests bench tools
	$(PY) -m ruff format --check nxdesk tests bench tools

bench: $(STAMP)
	$(PY) bench/run_all.py

# One-folder build into dist/nxdesk/ (PyInstaller), then the frozen binary's headless smoke test.
package: $(STAMP) $(QM)
	$(PY) -m pip install --quiet -e '.[test,package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(MAKE) smoke-package

smoke-package:
	bash tools/smoke_frozen.sh dist/nxdesk

clean:
	rm -rf $(VENV) build dist *.egg-info

# The frozen build's start against a frozen bare window (bench/bare_window.spec), as bench/README.md records it.
bench-frozen: package
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --workpath build/bench bench/bare_window.spec
	$(PY) bench/bench_frozen.py
