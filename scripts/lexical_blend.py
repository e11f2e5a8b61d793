"""Experiment: does blending the committed classifier with a cheap lexical model beat it on dev?

    PYTHONPATH=. .venv/bin/python scripts/lexical_blend.py [--corpus corpus/train] [--model models/claimex-clf]
        [--no-char] [--bootstrap 1000] [--sizes DIR]

The lexical model, per label: TF-IDF of lower-cased word 1-2-grams and (unless ``--no-char``)
character 2-5-grams within word boundaries (each block min_df 2, sublinear tf, smooth idf, L2
normalised; the two blocks concatenated), and an L2-regularised logistic regression (bias not
penalised), fitted by full-batch L-BFGS in float64 on the TRAINING split only, ambiguous labels
masked out of the loss as in training. C is chosen per label from a small grid by 5-fold
cross-validation on the training split (folds by a hash of the text; criterion: masked log-loss).
No scikit-learn: the sparse matrices are torch CSR tensors, which also keeps it deterministic.

The committed model's raw logits on the dev split come from the same code path as
scripts/dev_compare.py (torch runtime, fp32). Its logits on the training split are not used:
the model trained on those sentences, so they are in-sample and useless for fitting a blend.

Blend, per label: z = (1-a) * z_model / T_model + a * z_lex / T_lex, then temperature and
threshold refitted with pipeline.train's fit_temperature and fit_threshold. a = 0 is exactly
the committed model refitted as dev_compare does (temperature on the raw logits, threshold);
a = 1 is the lexical model alone (the same on its raw logits). To keep choosing and scoring
apart, the dev split is cross-fitted: two halves by a salted hash of the text; on half A the
lexical share a (grid 0, 0.1 ... 0.5, ties to the smaller), T_model, T_lex, the blend's
temperature and threshold are fitted per label (a chosen by half-A F1 after refitting); half B
is scored with them; then the halves swap. Predictions of both scored halves are pooled and
scored against the committed model cross-fitted the same way (a = 0), with a paired bootstrap
of the macro-F1 difference over dev sentences (seed 0, as dev_compare.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import torchless  # noqa: E402

torchless.allow()

import torch  # noqa: E402

warnings.filterwarnings("ignore", message="Sparse (invariant checks|CSR tensor support)")

from pipeline.schema import LABELS  # noqa: E402
from pipeline.train import (  # noqa: E402
    DEFAULTS,
    Example,
    expected_calibration_error,
    fit_temperature,
    fit_threshold,
    read_corpus,
    split,
)
from scripts.dev_compare import f1, macro  # noqa: E402  # scored as dev_compare scores

SHARES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
C_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
WORD = re.compile(r"\w+")


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


def digest(text: str, salt: str) -> int:
    return int(hashlib.sha256((salt + "|" + text).encode("utf-8")).hexdigest(), 16)


# --- features -----------------------------------------------------------------------------------


def word_grams(text: str) -> list[str]:
    toks = WORD.findall(text.lower())
    return toks + [a + " " + b for a, b in zip(toks, toks[1:], strict=False)]


def char_grams(text: str) -> list[str]:
    """Character 2-5-grams of each whitespace-separated word padded with a space on both sides
    (scikit-learn's ``char_wb``)."""
    out = []
    for w in text.lower().split():
        w = " " + w + " "
        for n in range(2, 6):
            if len(w) < n:
                break
            out += [w[i : i + n] for i in range(len(w) - n + 1)]
    return out


class Block:
    """One TF-IDF block: vocabulary (min_df), smooth idf, sublinear tf, rows L2-normalised."""

    def __init__(self, analyse, min_df: int = 2) -> None:  # type: ignore[no-untyped-def]
        self.analyse = analyse
        self.min_df = min_df

    def fit(self, texts: list[str]) -> Block:
        df: Counter[str] = Counter()
        for t in texts:
            df.update(set(self.analyse(t)))
        terms = sorted(g for g, c in df.items() if c >= self.min_df)
        self.vocab = {g: i for i, g in enumerate(terms)}
        n = len(texts)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in terms])
        return self

    def rows(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        out = []
        for t in texts:
            counts = Counter(self.vocab[g] for g in self.analyse(t) if g in self.vocab)
            idx = np.array(sorted(counts), dtype=np.int64)
            val = np.array([(1 + math.log(counts[i])) for i in idx]) * self.idf[idx] if len(idx) else np.zeros(0)
            norm = np.linalg.norm(val)
            out.append((idx, val / norm if norm else val))
        return out


class Vectorizer:
    def __init__(self, char: bool) -> None:
        self.blocks = [Block(word_grams)] + ([Block(char_grams)] if char else [])

    def fit(self, texts: list[str]) -> Vectorizer:
        for b in self.blocks:
            b.fit(texts)
        return self

    @property
    def dim(self) -> int:
        return sum(len(b.vocab) for b in self.blocks)

    def transform(self, texts: list[str]) -> torch.Tensor:
        """A CSR matrix (len(texts), dim), float64."""
        per_block = [b.rows(texts) for b in self.blocks]
        crow, col, val = [0], [], []
        for r in range(len(texts)):
            offset = 0
            for b, rows in zip(self.blocks, per_block, strict=True):
                idx, v = rows[r]
                col.append(idx + offset)
                val.append(v)
                offset += len(b.vocab)
            crow.append(crow[-1] + sum(len(c) for c in col[-len(self.blocks):]))
        return torch.sparse_csr_tensor(
            torch.tensor(crow, dtype=torch.int64), torch.from_numpy(np.concatenate(col)),
            torch.from_numpy(np.concatenate(val)), size=(len(texts), self.dim), dtype=torch.float64,
        )


# --- logistic regression ------------------------------------------------------------------------


def fit_logreg(x: torch.Tensor, y: np.ndarray, m: np.ndarray, cs: np.ndarray, iters: int = 500) -> tuple[np.ndarray, np.ndarray]:
    """Independent L2 logistic regressions, one per column k of ``y`` (n, K) with mask ``m``
    and inverse regularisation ``cs`` (K,), fitted jointly (the objective is separable):
    sum_i m_ik * BCE(x_i . w_k + b_k, y_ik) + |w_k|^2 / (2 C_k). Returns W (dim, K), b (K,)."""
    xt = x.t().to_sparse_csr()
    yt, mt = torch.from_numpy(y), torch.from_numpy(m)
    inv_c = torch.from_numpy(1.0 / cs)
    k = y.shape[1]
    w = torch.zeros(x.shape[1] + 1, k, dtype=torch.float64, requires_grad=True)  # last row: bias
    opt = torch.optim.LBFGS([w], lr=1, max_iter=iters, history_size=20, tolerance_grad=1e-7,
                            tolerance_change=1e-12, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        with torch.no_grad():
            coef, bias = w[:-1], w[-1]
            z = x @ coef + bias
            loss = (mt * (torch.nn.functional.softplus(z) - yt * z)).sum() + 0.5 * (inv_c * (coef * coef).sum(0)).sum()
            r = mt * (torch.sigmoid(z) - yt)
            grad = torch.cat([xt @ r + coef * inv_c, r.sum(0, keepdim=True)])
        w.grad = grad
        return loss

    opt.step(closure)
    out = w.detach().numpy()
    return out[:-1].copy(), out[-1].copy()


def logits_of(x: torch.Tensor, coef: np.ndarray, bias: np.ndarray) -> np.ndarray:
    return (x @ torch.from_numpy(coef)).numpy() + bias


def masked_logloss(z: np.ndarray, y: np.ndarray, m: np.ndarray) -> float:
    p = np.clip(sigmoid(z), 1e-7, 1 - 1e-7)
    return float(-np.sum(m * (y * np.log(p) + (1 - y) * np.log(1 - p))) / m.sum())


def choose_c(train: list[Example], char: bool, folds: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """Per label, the C of C_GRID with the lowest out-of-fold masked log-loss (5 folds of the
    training split by a hash of the text; the vectorizer refitted per fold). Returns the chosen
    C per label and the loss table (len(C_GRID), labels)."""
    fold = np.array([digest(e.text, "lexfold") % folds for e in train])
    y = np.array([e.targets for e in train])
    m = np.array([e.mask for e in train])
    n_c, n_l = len(C_GRID), len(LABELS)
    oof = np.zeros((len(train), n_c * n_l))
    cs = np.repeat(np.array(C_GRID), n_l)  # column c*n_l + j: C_GRID[c], label j
    for f in range(folds):
        tr, te = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        vec = Vectorizer(char).fit([train[i].text for i in tr])
        x_tr, x_te = vec.transform([train[i].text for i in tr]), vec.transform([train[i].text for i in te])
        coef, bias = fit_logreg(x_tr, np.tile(y[tr], n_c), np.tile(m[tr], n_c), cs)
        oof[te] = logits_of(x_te, coef, bias)
    table = np.array([[masked_logloss(oof[:, c * n_l + j], y[:, j], m[:, j]) for j in range(n_l)] for c in range(n_c)])
    return np.array(C_GRID)[table.argmin(0)], table


# --- scoring ------------------------------------------------------------------------------------


def blend_rule(zm: np.ndarray, zl: np.ndarray, y: np.ndarray, m: np.ndarray, a: float):  # type: ignore[no-untyped-def]
    """Fit, on these sentences of one label, the blend with lexical share ``a``: returns a
    function from (zm, zl) to calibrated scores, and the threshold."""
    if a == 0.0:
        t = fit_temperature(zm, y, m)

        def score(zm2: np.ndarray, zl2: np.ndarray) -> np.ndarray:
            return sigmoid(zm2 / t)
    elif a == 1.0:
        t = fit_temperature(zl, y, m)

        def score(zm2: np.ndarray, zl2: np.ndarray) -> np.ndarray:
            return sigmoid(zl2 / t)
    else:
        tm, tl = fit_temperature(zm, y, m), fit_temperature(zl, y, m)
        t = fit_temperature((1 - a) * zm / tm + a * zl / tl, y, m)

        def score(zm2: np.ndarray, zl2: np.ndarray) -> np.ndarray:
            return sigmoid(((1 - a) * zm2 / tm + a * zl2 / tl) / t)
    th = fit_threshold(score(zm, zl), y, m)
    return score, th


def cross_fit(zm, zl, y, m, half, shares, shared=False):  # type: ignore[no-untyped-def]
    """Pooled cross-fitted scores and predictions on dev; the share chosen per (fold, label).
    ``shares``: the grid to choose from; ``shared``: one share for all labels (by macro-F1)."""
    scores = np.zeros(y.shape)
    pred = np.zeros(y.shape, dtype=bool)
    chosen: dict[str, list[float]] = {}
    for fit_half in (0, 1):
        a_idx, b_idx = np.flatnonzero(half == fit_half), np.flatnonzero(half != fit_half)
        rules = {}
        for a in shares:
            for j in range(len(LABELS)):
                score, th = blend_rule(zm[a_idx, j], zl[a_idx, j], y[a_idx, j], m[a_idx, j], a)
                fit_f1 = f1(score(zm[a_idx, j], zl[a_idx, j]) >= th, y[a_idx, j], m[a_idx, j])
                rules[a, j] = (score, th, fit_f1)
        if shared:
            best = max(shares, key=lambda a: (round(np.mean([rules[a, j][2] for j in range(len(LABELS))]), 9), -a))
            picks = [best] * len(LABELS)
        else:
            picks = [max(shares, key=lambda a, j=j: (round(rules[a, j][2], 9), -a)) for j in range(len(LABELS))]
        for j, a in enumerate(picks):
            score, th, _ = rules[a, j]
            scores[b_idx, j] = score(zm[b_idx, j], zl[b_idx, j])
            pred[b_idx, j] = scores[b_idx, j] >= th
            chosen.setdefault(LABELS[j], []).append(a)
    return scores, pred, chosen


def report(name: str, pred: np.ndarray, scores: np.ndarray, y: np.ndarray, m: np.ndarray) -> dict[str, float]:
    per = {lab: f1(pred[:, j], y[:, j], m[:, j]) for j, lab in enumerate(LABELS)}
    ece = {lab: expected_calibration_error(scores[:, j], y[:, j], m[:, j]) for j, lab in enumerate(LABELS)}
    print(f"  {name:<34}" + "  ".join(f"{lab} {v:.4f}" for lab, v in per.items())
          + f"  macro {np.mean(list(per.values())):.4f}   ECE " + " ".join(f"{v:.4f}" for v in ece.values()))
    return per


def bootstrap(pred_a: np.ndarray, pred_b: np.ndarray, y: np.ndarray, m: np.ndarray, n: int) -> tuple[float, float, float]:
    rng = np.random.default_rng(0)
    samples = [rng.integers(0, len(y), len(y)) for _ in range(n)]
    gains = np.array([macro(pred_b[i], y[i], m[i]) - macro(pred_a[i], y[i], m[i]) for i in samples])
    return float(gains.mean()), float(np.percentile(gains, 2.5)), float(np.percentile(gains, 97.5))


# --- storage ------------------------------------------------------------------------------------


def write_sizes(out: Path, vec: Vectorizer, coef: np.ndarray, bias: np.ndarray) -> None:
    """Write the lexical model without pickle, two ways, and print the sizes."""
    import gzip

    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    vocab = [g for b in vec.blocks for g in sorted(b.vocab, key=b.vocab.get)]  # type: ignore[arg-type]
    idf = np.concatenate([b.idf for b in vec.blocks]).astype(np.float32)
    doc = {"labels": list(LABELS), "blocks": [len(b.vocab) for b in vec.blocks], "vocab": vocab,
           "idf": [round(float(v), 5) for v in idf],
           "coef": [[round(float(v), 5) for v in coef[:, j]] for j in range(coef.shape[1])],
           "intercept": [float(v) for v in bias]}
    js = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    (out / "lexical.json").write_bytes(js)
    (out / "lexical.json.gz").write_bytes(gzip.compress(js, 9, mtime=0))
    save_file({"idf": idf, "coef": coef.astype(np.float32), "intercept": bias.astype(np.float32)},
              str(out / "lexical.safetensors"))
    vj = json.dumps(vocab, ensure_ascii=False).encode("utf-8")
    (out / "vocab.json").write_bytes(vj)
    (out / "vocab.json.gz").write_bytes(gzip.compress(vj, 9, mtime=0))
    for p in sorted(out.iterdir()):
        print(f"  {p.name:<22} {p.stat().st_size / 1e6:7.2f} MB")
    mags = np.sort(np.abs(coef).max(1))[::-1]
    share = np.cumsum(mags) / mags.sum()
    print(f"  {len(vocab)} features x {coef.shape[1]} labels; features carrying 90% / 99% of the max-|coef| mass: "
          f"{int(np.searchsorted(share, 0.90)) + 1} / {int(np.searchsorted(share, 0.99)) + 1}")


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus/train"))
    parser.add_argument("--model", type=Path, default=Path("models/claimex-clf"))
    parser.add_argument("--no-char", action="store_true", help="word 1-2-grams only")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--c", type=float, help="skip the C search: this C for every label")
    parser.add_argument("--logits", type=Path, help="cache of the committed model's dev logits (.npy)")
    parser.add_argument("--salt", default="crossfit", help="salt of the hash that halves the dev split")
    parser.add_argument("--sizes", type=Path, help="write the fitted lexical model here (JSON, safetensors) and print sizes")
    args = parser.parse_args()
    torch.set_num_threads(DEFAULTS["threads"])
    char = not args.no_char

    train, dev = split(read_corpus(args.corpus), DEFAULTS["dev_share"])
    y, m = np.array([e.targets for e in dev]), np.array([e.mask for e in dev])
    half = np.array([digest(e.text, args.salt) % 2 for e in dev])
    print(f"{args.corpus}: {len(train)} training, {len(dev)} dev sentences (halves {np.sum(half == 0)} / {np.sum(half == 1)})")

    if args.logits and args.logits.is_file():
        zm = np.load(args.logits)
    else:
        from pipeline.classify import Classifier

        started = time.perf_counter()
        zm = Classifier(args.model, runtime="torch", threads=2).logits([e.text for e in dev])
        print(f"committed model logits on dev: {time.perf_counter() - started:.1f} s")
        if args.logits:
            np.save(args.logits, zm)

    if args.c:
        cs, table = np.full(len(LABELS), args.c), None
    else:
        started = time.perf_counter()
        cs, table = choose_c(train, char)
        print(f"C search (5-fold CV on the training split, {len(C_GRID)} values): {time.perf_counter() - started:.1f} s")
        for c, row in zip(C_GRID, table, strict=True):
            print(f"  C={c:<6g} out-of-fold log-loss " + "  ".join(f"{lab} {v:.4f}" for lab, v in zip(LABELS, row, strict=True)))
    print("chosen C: " + "  ".join(f"{lab} {c:g}" for lab, c in zip(LABELS, cs, strict=True)))

    started = time.perf_counter()
    texts = [e.text for e in train]
    vec = Vectorizer(char).fit(texts)
    x_train = vec.transform(texts)
    t_vec = time.perf_counter() - started
    coef, bias = fit_logreg(x_train, np.array([e.targets for e in train]), np.array([e.mask for e in train]), cs)
    t_fit = time.perf_counter() - started - t_vec
    started = time.perf_counter()
    zl = logits_of(vec.transform([e.text for e in dev]), coef, bias)
    t_dev = time.perf_counter() - started
    feats = " + ".join(f"{len(b.vocab)} {n}" for b, n in zip(vec.blocks, ("word 1-2-grams", "char_wb 2-5-grams"), strict=False))
    print(f"lexical model: {feats} = {vec.dim} features, {x_train._nnz()} non-zeros on the training split; "
          f"vectorise {t_vec:.1f} s, fit {t_fit:.1f} s, score dev {t_dev:.2f} s ({len(dev) / t_dev:.0f} sent/s)")

    print(f"\ncross-fitted on the dev split ({len(dev)} sentences; choose on one half, score the other, pooled):")
    base_s, base_p, _ = cross_fit(zm, zl, y, m, half, (0.0,))
    report("committed (a=0)", base_p, base_s, y, m)
    lex_s, lex_p, _ = cross_fit(zm, zl, y, m, half, (1.0,))
    report("lexical alone (a=1)", lex_p, lex_s, y, m)
    blend_s, blend_p, chosen = cross_fit(zm, zl, y, m, half, SHARES)
    report("blend, share per label", blend_p, blend_s, y, m)
    shared_s, shared_p, chosen_shared = cross_fit(zm, zl, y, m, half, SHARES, shared=True)
    report("blend, one share for all labels", shared_p, shared_s, y, m)
    print("  chosen lexical share (fit on half 0 -> score half 1, fit on half 1 -> score half 0):")
    print("    per label: " + "  ".join(f"{lab} {v}" for lab, v in chosen.items())
          + f";  shared: {chosen_shared[LABELS[0]]}")
    print("  fixed shares, temperature and threshold still cross-fitted (a sweep, not a selection):")
    for a in SHARES[1:] + (0.7,):
        s, p, _ = cross_fit(zm, zl, y, m, half, (a,))
        report(f"  a={a}", p, s, y, m)
    if args.bootstrap:
        for name, pred in (("blend per label", blend_p), ("blend shared", shared_p), ("lexical alone", lex_p)):
            mean, lo, hi = bootstrap(base_p, pred, y, m, args.bootstrap)
            print(f"{name} minus committed, macro-F1 over {args.bootstrap} paired resamples (seed 0): "
                  f"{mean:+.4f}, 95% interval {lo:+.4f} to {hi:+.4f}")
        changed = np.sum(blend_p != base_p)
        print(f"blend per label changes {changed} of {base_p.size} label decisions "
              f"({np.sum(((blend_p != base_p) & (blend_p == y.astype(bool))) * m):.0f} to right, "
              f"{np.sum(((blend_p != base_p) & (blend_p != y.astype(bool))) * m):.0f} to wrong, masked ones excluded)")
    if args.sizes:
        write_sizes(args.sizes, vec, coef, bias)


if __name__ == "__main__":
    main()
