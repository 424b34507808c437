# Developer shortcuts; the README's two commands are scripts/demo.sh and scripts/test.sh.
.PHONY: setup demo test lint samples bench
setup:
	bash scripts/setup.sh
demo:
	bash scripts/demo.sh
test:
	bash scripts/test.sh
lint: setup
	.venv/bin/ruff check redactie tests samples benchmarks
	.venv/bin/mypy redactie
samples: setup
	.venv/bin/python samples/build.py
bench: setup
	.venv/bin/python benchmarks/bench_pipeline.py

-include Makefile.model
