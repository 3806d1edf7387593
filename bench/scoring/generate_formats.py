#!/usr/bin/python3
"""Writes the box and mask benchmark files (Global Wheat and TGS Salt formats), deterministic.

Usage: generate_formats.py DIR [IMAGES TRUTH PREDICTIONS MASKS]
  wheat_solution.csv / wheat_submission.csv: IMAGES images (10000), TRUTH true boxes (50) and
    PREDICTIONS predicted boxes (100) each, in 1024x1024 pixels; some predictions near true boxes.
  salt_solution.csv / salt_submission.csv: MASKS masks (18000) of 101x101, salt under a wavy boundary
    (about one run per column, runs crossing columns), predictions shifted and noisy; 35 % empty truths.
"""
import os
import sys

import numpy as np

out = sys.argv[1]
images = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
truth_boxes = int(sys.argv[3]) if len(sys.argv) > 3 else 50
predicted_boxes = int(sys.argv[4]) if len(sys.argv) > 4 else 100
masks = int(sys.argv[5]) if len(sys.argv) > 5 else 18000
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(12)


def usage(n):
    return rng.choice(np.array(["Public", "Private", "Ignored"]), size=n, p=[0.3, 0.65, 0.05])


ids = ["%09x" % v for v in rng.choice(1 << 36, size=images, replace=False)]
with open(os.path.join(out, "wheat_solution.csv"), "w") as sol, open(os.path.join(out, "wheat_submission.csv"), "w") as sub:
    sol.write("image_id,PredictionString,Usage\n")
    sub.write("image_id,PredictionString\n")
    rows = []
    for image, u in zip(ids, usage(images)):
        xy = rng.integers(0, 960, size=(truth_boxes, 2))
        wh = rng.integers(20, 120, size=(truth_boxes, 2))
        t = np.hstack([xy, wh])
        sol.write("%s,%s,%s\n" % (image, " ".join("%d %d %d %d" % tuple(b) for b in t), u))
        near = t[rng.integers(0, truth_boxes, size=predicted_boxes)] + rng.normal(0, 4, size=(predicted_boxes, 4))
        far = np.hstack([rng.uniform(0, 960, size=(predicted_boxes, 2)), rng.uniform(20, 120, size=(predicted_boxes, 2))])
        p = np.where(rng.random((predicted_boxes, 1)) < 0.6, near, far)
        p[:, 2:] = np.maximum(p[:, 2:], 2)
        conf = np.round(rng.random(predicted_boxes), 4)
        rows.append("%s,%s\n" % (image, " ".join("%.4f %.1f %.1f %.1f %.1f" % (c, *b) for c, b in zip(conf, p))))
    rng.shuffle(rows)
    sub.writelines(rows)


def rle(mask):
    flat = mask.flatten(order="F")
    padded = np.concatenate([[0], flat.astype(np.int8), [0]])
    changes = np.flatnonzero(padded[1:] != padded[:-1]) + 1
    return " ".join("%d %d" % (s, e - s) for s, e in zip(changes[0::2], changes[1::2]))


def salt(size=101):
    mask = np.zeros((size, size), dtype=bool)
    if rng.random() < 0.35:
        return mask
    top = rng.integers(0, size)
    depth = (top + 12 * np.sin(np.arange(size) / 9.0 + rng.random())).astype(int)
    rows = np.arange(size)[:, None]
    return rows >= depth[None, :]


ids = ["%010x" % v for v in rng.choice(1 << 40, size=masks, replace=False)]
with open(os.path.join(out, "salt_solution.csv"), "w") as sol, open(os.path.join(out, "salt_submission.csv"), "w") as sub:
    sol.write("id,rle_mask,Usage\n")
    sub.write("id,rle_mask\n")
    rows = []
    for i, u in zip(ids, usage(masks)):
        m = salt()
        sol.write("%s,%s,%s\n" % (i, rle(m), u))
        guess = np.roll(m, int(rng.integers(-3, 4)), axis=0) if m.any() else (salt() if rng.random() < 0.3 else m)
        rows.append("%s,%s\n" % (i, rle(guess)))
    rng.shuffle(rows)
    sub.writelines(rows)
