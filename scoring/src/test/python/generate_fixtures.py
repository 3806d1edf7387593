#!/usr/bin/python3
"""Writes the scikit-learn cross-check fixtures: random solution/submission pairs for every metric plus
their reference scores (pandas + scikit-learn 1.2) in cases.json.

Run from the repository root:  /usr/bin/python3 scoring/src/test/python/generate_fixtures.py
Output: scoring/src/test/resources/sklearn/
"""
import csv
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from reference_scores import score_case  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "sklearn")
WORDS = ["the", "The", "cat", "sat", "on", "mat", "happy", "SAD", "day", "good", "bad", "really", "so", "fun"]


def fmt(rng, x):
    style = rng.integers(4)
    if style == 0:
        return repr(float(x))
    if style == 1:
        return "%.6f" % x
    if style == 2:
        return "%.10e" % x
    return "%.17g" % x


def write(path, header, rows, rng, bom=False, crlf=False):
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n" if crlf else "\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        w.writerows(rows)


def usages(rng, n):
    return rng.choice(["Public", "Private", "Ignored"], size=n, p=[0.45, 0.45, 0.10])


def make(name, metric, rng, n, targets, truth, predicted, columns=None):
    """truth/predicted: lists of per-row lists of strings in target order."""
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    ids = ["id_%d" % i for i in rng.permutation(n * 3)[:n]]
    use = usages(rng, n)
    write(os.path.join(folder, "solution.csv"), ["id"] + targets + ["Usage"],
          [[ids[i]] + truth[i] + [use[i]] for i in range(n)], rng)
    order = list(rng.permutation(len(targets) + 1))
    header = (["id"] + targets)
    rows = [[ids[i]] + predicted[i] for i in rng.permutation(n)]
    write(os.path.join(folder, "submission.csv"), [header[c] for c in order],
          [[r[c] for c in order] for r in rows], rng, bom=bool(rng.integers(2)), crlf=bool(rng.integers(2)))
    case = {"name": name, "metric": metric, "solution": os.path.join(folder, "solution.csv"),
            "submission": os.path.join(folder, "submission.csv")}
    if columns:
        case["columns"] = columns
    expected = score_case(case)
    return {"name": name, "metric": metric, "columns": columns or [], **expected}


def main():
    rng = np.random.default_rng(20261125)
    cases = []
    for k in range(3):
        n = int(rng.integers(200, 600))
        # accuracy / macro_f1 / qwk with numeric labels
        t = rng.integers(0, 6, n)
        p = np.where(rng.random(n) < 0.6, t, rng.integers(0, 7, n))
        for metric in ("accuracy", "macro_f1", "quadratic_weighted_kappa"):
            cases.append(make("%s_numeric_%d" % (metric, k), metric, rng, n, ["Label"],
                              [[str(v)] for v in t], [[str(v) if rng.random() < 0.8 else "%.1f" % v] for v in p]))
        # string labels, some with commas and quotes
        names = np.array(["cat", "dog", "bird, small", 'say "hi"', "Ünïcode"])
        ts = names[rng.integers(0, 5, n)]
        ps = np.where(rng.random(n) < 0.5, ts, names[rng.integers(0, 5, n)])
        for metric in ("accuracy", "macro_f1"):
            cases.append(make("%s_text_%d" % (metric, k), metric, rng, n, ["species"],
                              [[v] for v in ts], [[v] for v in ps]))
        # multi-class log loss
        classes = ["Class_%d" % c for c in range(1, int(rng.integers(3, 10)))]
        y = rng.integers(0, len(classes), n)
        onehot = np.eye(len(classes), dtype=int)[y]
        probs = rng.random((n, len(classes))) * rng.choice([0.3, 1.0, 7.0])
        probs[rng.random(probs.shape) < 0.05] = 0.0
        probs[:, 0] += 1e-3
        cases.append(make("logloss_multi_%d" % k, "logloss", rng, n, classes, [[str(v) for v in r] for r in onehot],
                          [[fmt(rng, v) for v in r] for r in probs]))
        # binary: logloss, auc (with ties), mean_columnwise_logloss
        yb = rng.integers(0, 2, n)
        pb = np.round(np.clip(yb * 0.3 + rng.random(n) * 0.7, 0, 1), int(rng.integers(1, 4)))
        for metric in ("logloss", "auc"):
            cases.append(make("%s_binary_%d" % (metric, k), metric, rng, n, ["target"],
                              [[str(v)] for v in yb], [[fmt(rng, v)] for v in pb]))
        moa = ["a_inhibitor", "b_agonist", "c_blocker", "d_antagonist"]
        ym = (rng.random((n, 4)) < 0.2).astype(int)
        pm = np.clip(ym * 0.4 + rng.random((n, 4)) * 0.6, 0, 1)
        pm[rng.random(pm.shape) < 0.02] = 0.0
        cases.append(make("mean_columnwise_logloss_%d" % k, "mean_columnwise_logloss", rng, n, moa,
                          [[str(v) for v in r] for r in ym], [[fmt(rng, v) for v in r] for r in pm]))
        cases.append(make("auc_columns_%d" % k, "auc", rng, n, moa,
                          [[str(v) for v in r] for r in ym], [[fmt(rng, v) for v in r] for r in pm],
                          columns=moa[:2]))
        # regression
        targets = ["cohesion", "syntax", "vocabulary"]
        yr = rng.normal(3, 1, (n, 3))
        pr = yr + rng.normal(0, 0.5, (n, 3))
        for metric in ("rmse", "mae", "mcrmse"):
            cases.append(make("%s_%d" % (metric, k), metric, rng, n, targets,
                              [[fmt(rng, v) for v in r] for r in yr], [[fmt(rng, v) for v in r] for r in pr]))
        cases.append(make("rmse_one_column_%d" % k, "rmse", rng, n, targets,
                          [[fmt(rng, v) for v in r] for r in yr], [[fmt(rng, v) for v in r] for r in pr],
                          columns=["syntax"]))
        # jaccard
        def sentence():
            words = rng.choice(WORDS, size=int(rng.integers(0, 6)))
            return (" " if rng.random() < 0.7 else "  ").join(words)
        jt = [sentence() for _ in range(n)]
        jp = [s if rng.random() < 0.3 else sentence() for s in jt]
        cases.append(make("jaccard_%d" % k, "jaccard", rng, n, ["selected_text"], [[s] for s in jt], [[s] for s in jp]))
    for case in cases:
        case["solution"] = case["name"] + "/solution.csv"
    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump([{k: v for k, v in c.items() if k not in ("solution",)} for c in cases], f, indent=1)
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
