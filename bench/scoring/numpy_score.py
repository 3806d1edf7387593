#!/usr/bin/python3
"""The straightforward NumPy scorer the box and mask benchmark compares against: Python's csv module reads
both files, each image is scored with NumPy (IoU matrix of all box pairs, greedy matching per threshold;
masks decoded to boolean arrays), as in the scoring tests' reference (scoring/src/test/python/
reference_formats.py, which this imports). Validates nothing. Prints {"metric", "public", "private"}.

Usage: numpy_score.py METRIC SOLUTION SUBMISSION [key=value ...]
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scoring", "src", "test",
                                "python"))
import reference_formats  # noqa: E402

metric, solution, submission = sys.argv[1:4]
params = dict(p.split("=", 1) for p in sys.argv[4:])
result = reference_formats.score({"metric": metric, "params": params, "solution": solution, "submission": submission})
print(json.dumps({"metric": metric, "public": result["public"], "private": result["private"]}))
