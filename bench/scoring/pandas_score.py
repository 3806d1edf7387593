#!/usr/bin/python3
"""The reference whole process for the benchmark: pandas read_csv + scikit-learn, public and private scores.

Usage: pandas_score.py accuracy|logloss SOLUTION SUBMISSION   (prints one JSON object)
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, log_loss

metric, solution_path, submission_path = sys.argv[1:4]
solution = pd.read_csv(solution_path)
submission = pd.read_csv(submission_path)
id_column = solution.columns[0]
targets = [c for c in solution.columns[1:] if c != "Usage"]
merged = solution.merge(submission, on=id_column, suffixes=("", "_predicted"))
result = {"metric": metric}
for usage in ("Public", "Private"):
    rows = merged[merged["Usage"] == usage]
    if metric == "accuracy":
        result[usage.lower()] = accuracy_score(rows[targets[0]], rows[targets[0] + "_predicted"])
    else:
        p = rows[[c + "_predicted" for c in targets]].to_numpy()
        p = p / p.sum(axis=1, keepdims=True)
        result[usage.lower()] = log_loss(rows[targets].to_numpy().argmax(axis=1), p, eps=1e-15,
                                         labels=list(range(len(targets))))
result["rows"] = len(submission)
print(json.dumps(result))
