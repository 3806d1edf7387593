"""Independent NumPy reference for object_detection_map, rle_mask_iou_map and weighted_nae (tests only).

Usage: reference_formats.py cases.json -> prints a JSON list of {"public": x, "private": y}.
Each case: {"metric", "params": {...}, "solution": path, "submission": path}. Straightforward code, written
from the rules in issue 12, sharing nothing with the Java implementation.
"""
import csv
import json
import sys
from decimal import Decimal

import numpy as np


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], [r for r in rows[1:] if r]
    return [dict(zip(header, r)) for r in body], header


def thresholds(text):
    parts = text.split(":")
    if len(parts) == 3:
        start, stop, step = (Decimal(p) for p in parts)
        out, t = [], start
        while t <= stop:
            out.append(float(t))
            t += step
        return out
    return [float(Decimal(p)) for p in text.split(",")]


def boxes(text, width):
    values = np.array(text.split(), dtype=float).reshape(-1, width)
    return values


def iou_matrix(pred, truth):
    px1, py1 = pred[:, 0:1], pred[:, 1:2]
    px2, py2 = px1 + pred[:, 2:3], py1 + pred[:, 3:4]
    tx1, ty1 = truth[:, 0], truth[:, 1]
    tx2, ty2 = tx1 + truth[:, 2], ty1 + truth[:, 3]
    w = np.clip(np.minimum(px2, tx2) - np.maximum(px1, tx1), 0, None)
    h = np.clip(np.minimum(py2, ty2) - np.maximum(py1, ty1), 0, None)
    inter = w * h
    union = (pred[:, 2:3] * pred[:, 3:4]) + (truth[:, 2] * truth[:, 3]) - inter
    return inter / union


def detection_image(truth_text, pred_text, ts):
    truth = boxes(truth_text, 4)
    pred = boxes(pred_text, 5)
    if len(truth) == 0 and len(pred) == 0:
        return None
    if len(truth) == 0 or len(pred) == 0:
        return 0.0
    order = np.argsort(-pred[:, 0], kind="stable")
    ious = iou_matrix(pred[order, 1:], truth)
    precisions = []
    for t in ts:
        claimed = np.zeros(len(truth), dtype=bool)
        tp = 0
        for i in range(len(pred)):
            candidate = np.where(claimed | (ious[i] <= t), -1.0, ious[i])
            best = int(np.argmax(candidate))
            if candidate[best] > t:
                claimed[best] = True
                tp += 1
        fp = len(pred) - tp
        fn = len(truth) - tp
        precisions.append(tp / (tp + fp + fn))
    return float(np.mean(precisions))


def decode(text, pixels):
    mask = np.zeros(pixels, dtype=bool)
    numbers = [int(v) for v in text.split()]
    for start, length in zip(numbers[0::2], numbers[1::2]):
        mask[start - 1:start - 1 + length] = True
    return mask


SALT_THRESHOLDS = [float(Decimal("0.5") + Decimal("0.05") * i) for i in range(10)]


def salt_image(truth_text, pred_text, pixels):
    a = decode(truth_text, pixels)
    b = decode(pred_text, pixels)
    union = np.logical_or(a, b).sum()
    if union == 0:
        return 1.0
    iou = np.logical_and(a, b).sum() / union
    return float(np.mean([iou > t for t in SALT_THRESHOLDS]))


def weighted_nae(rows, weights):
    total = 0.0
    for target, w in weights.items():
        chosen = [(y, p) for (target_, y, p) in rows if target_ == target]
        if not chosen:
            continue
        y = np.array([c[0] for c in chosen])
        p = np.array([c[1] for c in chosen])
        total += w * np.sum(np.abs(y - p)) / np.sum(y)
    return total


def score(case):
    solution, header = read(case["solution"])
    submission, _ = read(case["submission"])
    id_col, target = header[0], header[1]
    predicted = {r[id_col]: r[target] for r in submission}
    params = case.get("params", {})
    result = {}
    for usage in ("Public", "Private"):
        rows = [r for r in solution if r["Usage"] == usage]
        if case["metric"] == "object_detection_map":
            ts = thresholds(params.get("thresholds", "0.5:0.75:0.05"))
            values = [detection_image(r[target], predicted[r[id_col]], ts) for r in rows]
            values = [v for v in values if v is not None]
            result[usage.lower()] = float(np.mean(values)) if values else None
        elif case["metric"] == "rle_mask_iou_map":
            pixels = int(params["height"]) * int(params["width"])
            result[usage.lower()] = float(np.mean([salt_image(r[target], predicted[r[id_col]], pixels) for r in rows]))
        elif case["metric"] == "weighted_nae":
            weights = {k: float(v) for k, v in (p.split(":") for p in params["weights"].split(","))}
            triples = [(r[id_col].split("_", 1)[1], float(r[target]), float(predicted[r[id_col]])) for r in rows]
            result[usage.lower()] = float(weighted_nae(triples, weights))
        else:
            raise ValueError(case["metric"])
    return result


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    print(json.dumps([score(c) for c in cases]))
