#!/usr/bin/python3
"""Independent reference scores with pandas + scikit-learn, for the scoring module's cross-check tests.

Usage: reference_scores.py CASES.json
CASES.json holds a list of {"metric", "solution", "submission", "columns" (optional list)}; prints a JSON
list of {"public": x, "private": y} (null when a split has no rows), one per case, in order.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import (accuracy_score, cohen_kappa_score, f1_score, log_loss, mean_absolute_error,
                             mean_squared_error, roc_auc_score)


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def numbers(frame, columns):
    # astype(float) parses with Python's float(), which rounds correctly (pd.to_numeric may not)
    return frame[columns].astype(float).to_numpy()


def labels(truth, predicted):
    try:
        return truth.astype(float).to_numpy(), predicted.astype(float).to_numpy()
    except ValueError:
        return truth.to_numpy(dtype=str), predicted.to_numpy(dtype=str)


def jaccard(a, b):
    a = set(str(a).lower().split())
    b = set(str(b).lower().split())
    if not a and not b:
        return 1.0
    c = a & b
    return len(c) / (len(a) + len(b) - len(c))


def score(metric, truth, predicted, columns):
    if metric == "accuracy":
        t, p = labels(truth[columns[0]], predicted[columns[0]])
        return accuracy_score(t, p)
    if metric == "macro_f1":
        t, p = labels(truth[columns[0]], predicted[columns[0]])
        return f1_score(t, p, average="macro")
    if metric == "quadratic_weighted_kappa":
        t, p = labels(truth[columns[0]], predicted[columns[0]])
        return cohen_kappa_score(t, p, weights="quadratic")
    t = numbers(truth, columns)
    p = numbers(predicted, columns)
    if metric == "logloss":
        if len(columns) == 1:
            return log_loss(t[:, 0], p[:, 0], labels=[0, 1], eps=1e-15)
        p = p / p.sum(axis=1, keepdims=True)
        return log_loss(t.argmax(axis=1), p, labels=list(range(len(columns))), eps=1e-15)
    if metric == "auc":
        return float(np.mean([roc_auc_score(t[:, j], p[:, j]) for j in range(len(columns))]))
    if metric == "rmse":
        return mean_squared_error(t, p, squared=False)
    if metric == "mae":
        return mean_absolute_error(t, p)
    if metric == "mcrmse":
        return float(np.mean([mean_squared_error(t[:, j], p[:, j], squared=False) for j in range(len(columns))]))
    if metric == "mean_columnwise_logloss":
        return float(np.mean([log_loss(t[:, j], p[:, j], labels=[0, 1], eps=1e-15) for j in range(len(columns))]))
    raise ValueError("unknown metric " + metric)


def score_case(case):
    solution = read(case["solution"])
    submission = read(case["submission"])
    id_column = solution.columns[0]
    targets = [c for c in solution.columns[1:] if c != "Usage"]
    columns = case.get("columns") or targets
    merged = solution.merge(submission, on=id_column, suffixes=("", "_predicted"))
    assert len(merged) == len(solution)
    predicted = merged[[c + "_predicted" for c in targets]]
    predicted.columns = targets
    result = {}
    for usage in ("Public", "Private"):
        rows = (merged["Usage"] == usage).to_numpy()
        if not rows.any():
            result[usage.lower()] = None
        elif case["metric"] == "jaccard":
            pairs = zip(merged.loc[rows, columns[0]], predicted.loc[rows, columns[0]])
            result[usage.lower()] = float(np.mean([jaccard(a, b) for a, b in pairs]))
        else:
            truth = merged.loc[rows, targets].reset_index(drop=True)
            result[usage.lower()] = float(score(case["metric"], truth, predicted.loc[rows].reset_index(drop=True),
                                                columns))
    return result


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    json.dump([score_case(c) for c in cases], sys.stdout)
    print()
