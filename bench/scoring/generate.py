#!/usr/bin/python3
"""Writes the scoring benchmark files: N rows of accuracy (digit labels) and of 10-class log loss.

Usage: generate.py N DIR [repr|fixed6]
  repr   probabilities as pandas' to_csv writes float64 by default (shortest repr, up to 17 digits)
  fixed6 probabilities with 6 decimals (float_format="%.6f")
"""
import os
import sys

import numpy as np
import pandas as pd

n, out = int(sys.argv[1]), sys.argv[2]
style = sys.argv[3] if len(sys.argv) > 3 else "repr"
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(7)
ids = np.arange(1, n + 1)
usage = rng.choice(np.array(["Public", "Private", "Ignored"]), size=n, p=[0.3, 0.65, 0.05])
order = rng.permutation(n)

labels = rng.integers(0, 10, n)
pd.DataFrame({"ImageId": ids, "Label": labels, "Usage": usage}).to_csv(os.path.join(out, "accuracy_solution.csv"), index=False)
guess = np.where(rng.random(n) < 0.9, labels, rng.integers(0, 10, n))
pd.DataFrame({"ImageId": ids, "Label": guess}).iloc[order].to_csv(os.path.join(out, "accuracy_submission.csv"), index=False)

classes = ["Class_%d" % c for c in range(1, 11)]
y = rng.integers(0, 10, n)
truth = pd.DataFrame(np.eye(10, dtype=np.int8)[y], columns=classes)
truth.insert(0, "id", ids)
truth["Usage"] = usage
truth.to_csv(os.path.join(out, "logloss_solution.csv"), index=False)
logits = rng.normal(0, 1, (n, 10))
logits[np.arange(n), y] += 2.0
p = np.exp(logits)
p /= p.sum(axis=1, keepdims=True)
sub = pd.DataFrame(p, columns=classes)
sub.insert(0, "id", ids)
sub.iloc[order].to_csv(os.path.join(out, "logloss_submission.csv"), index=False,
                       float_format="%.6f" if style == "fixed6" else None)
print("wrote", out)
