#!/usr/bin/python3
"""Writes the six made-up example competitions of the PyData talk under datasets/examples/<slug>/.

Each folder: competition.json, the public files, the hidden solution.csv (Public/Private/Ignored rows) and
submissions/ with a good and a bad submission plus expected.json, their scores by independent NumPy
references (scoring/src/test/python/reference_formats.py for the box, mask and NAE metrics; the formulas
below for the others). Deterministic: rerunning gives the same bytes. Needs /usr/bin/python3 with numpy.
Usage: datasets/examples/generate.py
"""
import csv
import io
import json
import os
import random
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "scoring" / "src" / "test" / "python"))
import reference_formats  # noqa: E402

MADE_UP = ("Made-up data for trying pseudolab: the format and the metric follow the Kaggle competition, "
           "the values are synthetic (Kaggle's data cannot be shipped). ")


def write_csv(path, header, rows, eol="\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol)
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def write_json(path, value):
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def usages(rng, n, ignored=0.1):
    out = []
    for _ in range(n):
        u = rng.random()
        out.append("Ignored" if u < ignored else "Public" if u < ignored + (1 - ignored) / 2 else "Private")
    # both splits must be present
    out[0], out[1] = "Public", "Private"
    return out


def malformed(folder, header, rows, column, value, eol="\n"):
    """Writes submissions/malformed.csv: the rows with one cell of the first row replaced; returns its record."""
    broken = [list(r) for r in rows]
    broken[0][header.index(column)] = value
    write_csv(folder / "submissions" / "malformed.csv", header, broken, eol=eol)
    return {"line": 2, "column": column, "value": value}


def competition(slug, title, description, metric, params=None, public_files=None):
    c = {"slug": slug, "title": title, "description": MADE_UP + description, "metric": metric}
    if params:
        c["metricParams"] = params
    c["dailyLimit"] = 5
    c["finalSelections"] = 2
    if public_files:  # beyond train.csv, test.csv and sample_submission.csv, which are public when present
        c["publicFiles"] = public_files
    return c


# ---------------------------------------------------------------- Global Wheat Detection

def wheat(rng):
    d = HERE / "global-wheat-detection"
    ids = ["%09x" % rng.getrandbits(36) for _ in range(30)]
    truth = {}
    for i, image in enumerate(ids):
        n = 0 if i % 7 == 3 else rng.randint(1, 6)  # some images have no wheat heads
        truth[image] = [(rng.randint(0, 900), rng.randint(0, 900), rng.randint(20, 120), rng.randint(20, 120))
                        for _ in range(n)]
    use = usages(rng, len(ids))
    write_csv(d / "solution.csv", ["image_id", "PredictionString", "Usage"],
              [[im, " ".join("%d %d %d %d" % b for b in truth[im]), u] for im, u in zip(ids, use)])
    train_rows = []
    for k in range(12):
        im = "%09x" % rng.getrandbits(36)
        for _ in range(rng.randint(1, 3)):
            b = [rng.randint(0, 900), rng.randint(0, 900), rng.randint(20, 120), rng.randint(20, 120)]
            train_rows.append([im, 1024, 1024, "[%s]" % ", ".join("%.1f" % v for v in b),
                               rng.choice(["usask_1", "arvalis_1", "ethz_1"])])
    write_csv(d / "train.csv", ["image_id", "width", "height", "bbox", "source"], train_rows)
    write_csv(d / "test.csv", ["image_id", "width", "height"], [[im, 1024, 1024] for im in ids])
    write_csv(d / "sample_submission.csv", ["image_id", "PredictionString"], [[im, "1.0 0 0 50 50"] for im in ids])

    good = []
    for im in ids:
        parts = []
        for b in truth[im]:
            if rng.random() < 0.15:
                continue  # a missed head
            j = [v + rng.gauss(0, 3) for v in b[:2]] + [max(5, v + rng.gauss(0, 3)) for v in b[2:]]
            parts.append("%.2f %.1f %.1f %.1f %.1f" % (round(rng.uniform(0.5, 1.0), 2), *j))
            if rng.random() < 0.1:
                parts.append(parts[-1])  # a duplicate detection of the same head
        if rng.random() < 0.3:
            parts.append("0.30 %d %d 40 40" % (rng.randint(0, 900), rng.randint(0, 900)))  # a false alarm
        good.append([" ".join(parts), im])
    rng.shuffle(good)
    write_csv(d / "submissions" / "good.csv", ["PredictionString", "image_id"], good, eol="\r\n")
    bad_value = malformed(d, ["PredictionString", "image_id"], good, "PredictionString", "0.9 10 10 -5 20", eol="\r\n")
    bad = [[im, " ".join("0.5 %d %d 60 60" % (rng.randint(0, 900), rng.randint(0, 900)) for _ in range(3))
            if k % 4 else ""] for k, im in enumerate(ids)]
    write_csv(d / "submissions" / "bad.csv", ["image_id", "PredictionString"], bad)
    write_json(d / "competition.json", competition(
        "global-wheat-detection", "Global Wheat Detection (made-up example)",
        "Find the wheat heads: one row per image, PredictionString holds 'confidence x_min y_min width height' "
        "groups in pixels (empty for none). Mean over IoU thresholds 0.50-0.75 of TP / (TP + FP + FN).",
        "object_detection_map", {"thresholds": "0.5:0.75:0.05"}))
    return d, "object_detection_map", {"thresholds": "0.5:0.75:0.05"}, bad_value


# ---------------------------------------------------------------- TGS Salt Identification

def rle(mask):
    flat = mask.flatten(order="F")
    padded = np.concatenate([[0], flat.astype(np.int8), [0]])
    changes = np.flatnonzero(padded[1:] != padded[:-1]) + 1
    starts, ends = changes[0::2], changes[1::2]
    return " ".join("%d %d" % (s, e - s) for s, e in zip(starts, ends))


def salt_mask(rng, size=101):
    mask = np.zeros((size, size), dtype=bool)
    if rng.random() < 0.35:
        return mask  # no salt
    top = rng.randint(0, size - 1)  # salt below a wavy boundary, so runs cross column boundaries
    for col in range(size):
        depth = int(top + 12 * np.sin(col / 9.0 + rng.random() * 0.2))
        mask[max(0, min(size, depth)):, col] = True
    return mask


def salt(rng):
    d = HERE / "tgs-salt-identification"
    ids = ["%010x" % rng.getrandbits(40) for _ in range(20)]
    masks = {i: salt_mask(rng) for i in ids}
    use = usages(rng, len(ids))
    write_csv(d / "solution.csv", ["id", "rle_mask", "Usage"], [[i, rle(masks[i]), u] for i, u in zip(ids, use)])
    train = [["%010x" % rng.getrandbits(40), rle(salt_mask(rng))] for _ in range(6)]
    write_csv(d / "train.csv", ["id", "rle_mask"], train)
    write_csv(d / "depths.csv", ["id", "z"], [[i, rng.randint(50, 950)] for i in ids + [t[0] for t in train]])
    write_csv(d / "test.csv", ["id"], [[i] for i in ids])
    write_csv(d / "sample_submission.csv", ["id", "rle_mask"], [[i, "1 1 5 1"] for i in ids])
    good = []
    for i in ids:
        m = masks[i].copy()
        if m.any():
            m = np.roll(m, rng.randint(-2, 2), axis=0)
        good.append([i, rle(m)])
    rng.shuffle(good)
    write_csv(d / "submissions" / "good.csv", ["id", "rle_mask"], good)
    bad_value = malformed(d, ["id", "rle_mask"], good, "rle_mask", "1 5 3 2")
    bad = [[i, rle(salt_mask(rng))] for i in ids]
    write_csv(d / "submissions" / "bad.csv", ["rle_mask", "id"], [[b, a] for a, b in bad])
    params = {"height": "101", "width": "101"}
    write_json(d / "competition.json", competition(
        "tgs-salt-identification", "TGS Salt Identification (made-up example)",
        "Mark the salt in 101x101 seismic images: rle_mask holds 'start length' runs, pixels numbered from 1 "
        "top to bottom, then left to right (empty for no salt). Mean over images of the share of IoU "
        "thresholds 0.50-0.95 exceeded.", "rle_mask_iou_map", params, ["depths.csv"]))
    return d, "rle_mask_iou_map", params, bad_value


# ---------------------------------------------------------------- TReNDS Neuroimaging

TRENDS_TARGETS = ["age", "domain1_var1", "domain1_var2", "domain2_var1", "domain2_var2"]
TRENDS_WEIGHTS = "age:0.3,domain1_var1:0.175,domain1_var2:0.175,domain2_var1:0.175,domain2_var2:0.175"


def trends(rng):
    d = HERE / "trends-assessment-prediction"
    subjects = list(range(10001, 10031))
    rng.shuffle(subjects)
    test, train = subjects[:16], subjects[16:]
    value = {}
    for s in subjects:
        value[s] = [rng.uniform(15, 80), rng.uniform(20, 70), rng.uniform(20, 80), rng.uniform(20, 70),
                    rng.uniform(20, 70)]
    rows, ids = [], []
    for s in sorted(test):
        for t, v in zip(TRENDS_TARGETS, value[s]):
            ids.append("%d_%s" % (s, t))
            rows.append(v)
    use = usages(rng, len(ids))
    write_csv(d / "solution.csv", ["Id", "Predicted", "Usage"], [[i, "%.6f" % v, u] for i, v, u in zip(ids, rows, use)])
    # train scores have missing values, as TReNDS' did
    write_csv(d / "train.csv", ["Id"] + TRENDS_TARGETS,
              [[s] + ["" if rng.random() < 0.15 and k > 0 else "%.5f" % v for k, v in enumerate(value[s])]
               for s in sorted(train)])
    write_csv(d / "test.csv", ["Id"], [[s] for s in sorted(test)])
    write_csv(d / "sample_submission.csv", ["Id", "Predicted"], [[i, "50"] for i in ids])
    good = [[i, "%.4f" % (v + rng.gauss(0, 4))] for i, v in zip(ids, rows)]
    rng.shuffle(good)
    write_csv(d / "submissions" / "good.csv", ["Predicted", "Id"], [[b, a] for a, b in good])
    bad_value = malformed(d, ["Predicted", "Id"], [[b, a] for a, b in good], "Predicted", "n/a")
    means = {"age": 50.0, "domain1_var1": 45.0, "domain1_var2": 50.0, "domain2_var1": 45.0, "domain2_var2": 45.0}
    write_csv(d / "submissions" / "bad.csv", ["Id", "Predicted"],
              [[i, "%g" % means[i.split("_", 1)[1]]] for i in ids])
    params = {"weights": TRENDS_WEIGHTS}
    write_json(d / "competition.json", competition(
        "trends-assessment-prediction", "TReNDS Neuroimaging (made-up example)",
        "Predict five scores per subject: one row per <subject>_<target> Id. Weighted sum over targets of "
        "sum |error| / sum truth (weights 0.3 for age, 0.175 for each domain variable); lower is better.",
        "weighted_nae", params))
    return d, "weighted_nae", params, bad_value


# ---------------------------------------------------------------- Mechanisms of Action

MOA_TARGETS = ["5-alpha_reductase_inhibitor", "acetylcholine_receptor_agonist", "adrenergic_receptor_antagonist",
               "cyclooxygenase_inhibitor", "dopamine_receptor_antagonist", "nfkb_inhibitor"]


def moa(rng):
    d = HERE / "lish-moa"
    ids = ["id_%09x" % rng.getrandbits(36) for _ in range(40)]
    features, truth = [], []
    for i in ids:
        control = rng.random() < 0.1  # control rows have no mechanism, as in MoA
        features.append([i, "ctl_vehicle" if control else "trt_cp", rng.choice([24, 48, 72]), rng.choice(["D1", "D2"]),
                         "%.4f" % rng.gauss(0, 1), "%.4f" % rng.gauss(0, 1), "%.4f" % rng.gauss(0, 1)])
        row = [0] * len(MOA_TARGETS)
        if not control and rng.random() < 0.8:
            row[rng.randrange(len(MOA_TARGETS))] = 1
        truth.append(row)
    use = usages(rng, len(ids))
    write_csv(d / "solution.csv", ["sig_id"] + MOA_TARGETS + ["Usage"], [[i] + t + [u] for i, t, u in zip(ids, truth, use)])
    header = ["sig_id", "cp_type", "cp_time", "cp_dose", "g-0", "g-1", "c-0"]
    write_csv(d / "test_features.csv", header, features)
    train_ids = ["id_%09x" % rng.getrandbits(36) for _ in range(10)]
    write_csv(d / "train_features.csv", header,
              [[i, "trt_cp", 24, "D1", "%.4f" % rng.gauss(0, 1), "%.4f" % rng.gauss(0, 1), "%.4f" % rng.gauss(0, 1)]
               for i in train_ids])
    write_csv(d / "train_targets_scored.csv", ["sig_id"] + MOA_TARGETS,
              [[i] + [int(rng.random() < 0.15) for _ in MOA_TARGETS] for i in train_ids])
    write_csv(d / "sample_submission.csv", ["sig_id"] + MOA_TARGETS, [[i] + ["0.5"] * len(MOA_TARGETS) for i in ids])
    good = []
    for i, t, f in zip(ids, truth, features):
        p = [0.0 if f[1] == "ctl_vehicle" else min(1.0, max(0.0, 0.75 * y + rng.uniform(0.0, 0.2))) for y in t]
        if rng.random() < 0.1:
            p[0] = 1.0  # an overconfident 1 (clipped to 1 - 1e-15)
        good.append([i] + ["%.4f" % v for v in p])
    rng.shuffle(good)
    order = list(reversed(MOA_TARGETS))  # columns in another order than the sample's
    write_csv(d / "submissions" / "good.csv", ["sig_id"] + order,
              [[g[0]] + [g[1 + MOA_TARGETS.index(c)] for c in order] for g in good])
    bad_value = malformed(d, ["sig_id"] + order, [[g[0]] + [g[1 + MOA_TARGETS.index(c)] for c in order] for g in good],
                          order[0], "1.5")
    write_csv(d / "submissions" / "bad.csv", ["sig_id"] + MOA_TARGETS, [[i] + ["0.5"] * len(MOA_TARGETS) for i in ids])
    write_json(d / "competition.json", competition(
        "lish-moa", "Mechanisms of Action (made-up example)",
        "Predict the probability of each mechanism of action per sample (sig_id); controls (ctl_vehicle) have "
        "none. Mean over target columns of the binary log loss, probabilities clipped to [1e-15, 1 - 1e-15].",
        "mean_columnwise_logloss",
        public_files=["train_features.csv", "train_targets_scored.csv", "test_features.csv"]))
    return d, "mean_columnwise_logloss", {}, bad_value


# ---------------------------------------------------------------- OpenVaccine

VACCINE_TARGETS = ["reactivity", "deg_Mg_pH10", "deg_pH10", "deg_Mg_50C", "deg_50C"]
VACCINE_SCORED = ["reactivity", "deg_Mg_pH10", "deg_Mg_50C"]


def vaccine(rng):
    d = HERE / "stanford-covid-vaccine"
    molecules = ["id_%09x" % rng.getrandbits(36) for _ in range(5)]
    length, scored = 20, 14  # positions past seq_scored are not measured: Ignored, as on Kaggle
    rows, seqs = [], {}
    for m in molecules:
        seqs[m] = "".join(rng.choice("ACGU") for _ in range(length))
        first = "Public" if rng.random() < 0.5 else "Private"
        for pos in range(length):
            values = [max(-0.5, rng.gauss(0.6, 0.5)) for _ in VACCINE_TARGETS]
            usage = "Ignored" if pos >= scored else first
            rows.append(["%s_%d" % (m, pos)] + values + [usage])
    if all(r[-1] != "Public" for r in rows) or all(r[-1] != "Private" for r in rows):
        for r in rows[:scored]:
            r[-1] = "Public"
        for r in rows[length:length + scored]:
            r[-1] = "Private"
    write_csv(d / "solution.csv", ["id_seqpos"] + VACCINE_TARGETS + ["Usage"],
              [[r[0]] + ["%.4f" % v for v in r[1:6]] + [r[6]] for r in rows])
    write_csv(d / "test.csv", ["id", "sequence", "seq_length", "seq_scored"],
              [[m, seqs[m], length, scored] for m in molecules])
    write_csv(d / "train.csv", ["id", "sequence", "seq_length", "seq_scored", "reactivity"],
              [["id_%09x" % rng.getrandbits(36), "".join(rng.choice("ACGU") for _ in range(length)), length, scored,
                "[" + ", ".join("%.3f" % rng.gauss(0.6, 0.5) for _ in range(scored)) + "]"] for _ in range(3)])
    write_csv(d / "sample_submission.csv", ["id_seqpos"] + VACCINE_TARGETS, [[r[0]] + ["0.0"] * 5 for r in rows])
    good = [[r[0]] + ["%.4f" % (v + rng.gauss(0, 0.15)) for v in r[1:6]] for r in rows]
    rng.shuffle(good)
    order = [3, 0, 4, 1, 2]
    write_csv(d / "submissions" / "good.csv", ["id_seqpos"] + [VACCINE_TARGETS[k] for k in order],
              [[g[0]] + [g[1 + k] for k in order] for g in good])
    bad_value = malformed(d, ["id_seqpos"] + [VACCINE_TARGETS[k] for k in order],
                          [[g[0]] + [g[1 + k] for k in order] for g in good], "reactivity", "nan")
    write_csv(d / "submissions" / "bad.csv", ["id_seqpos"] + VACCINE_TARGETS, [[r[0]] + ["0.0"] * 5 for r in rows])
    params = {"columns": ",".join(VACCINE_SCORED)}
    write_json(d / "competition.json", competition(
        "stanford-covid-vaccine", "OpenVaccine: COVID-19 mRNA Vaccine Degradation (made-up example)",
        "Predict five degradation rates per base (id_seqpos); three are scored: reactivity, deg_Mg_pH10, "
        "deg_Mg_50C. Mean columnwise RMSE; lower is better. Positions past seq_scored are not scored.",
        "mcrmse", params))
    return d, "mcrmse", params, bad_value


# ---------------------------------------------------------------- Tweet Sentiment Extraction

TWEETS = [
    ("I`d have responded, if I were going", "neutral", "I`d have responded, if I were going"),
    ("Sooo SAD I will miss you here in San Diego!!!", "negative", "Sooo SAD"),
    ("my boss is bullying me...", "negative", "bullying me"),
    (" what interview! leave me alone", "negative", "leave me alone"),
    ("2am feedings for the baby are fun when he is all smiles and coos", "positive", "fun"),
    ("Journey!? Wow... u just became cooler.  hehe... (is that possible!?)", "positive", "Wow... u just became cooler."),
    ("the \"best\" day\u00a0ever, really", "positive", "\"best\" day\u00a0ever,"),
    ("so tired\u2009today\nneed coffee", "negative", "so tired\u2009today"),
    ("http://www.dothebouncy.com/smf - some shameless plugging", "neutral",
     "http://www.dothebouncy.com/smf - some shameless plugging"),
    ("Happy mothers day to all the mums out there", "positive", "Happy"),
    ("  I really really like the song Love Story", "positive", "like"),
    ("Sick. With a flu like thing.", "negative", "Sick."),
    ("On the way to Malaysia...no internet access", "negative", "no internet access"),
    ("is back home now      gonna miss every one", "negative", "miss"),
    ("Shanghai is also really exciting (precisely -- skyscrapers galore)", "positive", "exciting"),
    ("ok ok", "neutral", "ok ok"),
]


def tweet(rng):
    d = HERE / "tweet-sentiment-extraction"
    ids = ["%010x" % rng.getrandbits(40) for _ in TWEETS]
    use = usages(rng, len(ids), ignored=0.08)
    write_csv(d / "solution.csv", ["textID", "selected_text", "Usage"], [[i, t[2], u] for i, t, u in zip(ids, TWEETS, use)])
    write_csv(d / "test.csv", ["textID", "text", "sentiment"], [[i, t[0], t[1]] for i, t in zip(ids, TWEETS)])
    write_csv(d / "train.csv", ["textID", "text", "selected_text", "sentiment"],
              [["%010x" % rng.getrandbits(40), "Feeling great, thanks!", "Feeling great,", "positive"],
               ["%010x" % rng.getrandbits(40), "meh", "meh", "neutral"]])
    write_csv(d / "sample_submission.csv", ["textID", "selected_text"], [[i, ""] for i in ids])
    good = []
    for i, t in zip(ids, TWEETS):
        words = t[2].split()
        guess = t[0] if t[1] == "neutral" else " ".join(words[:max(1, len(words) - (rng.random() < 0.3))])
        good.append([guess.upper() if rng.random() < 0.2 else guess, i])
    good[3][0] = ""  # no words at all for one tweet
    rng.shuffle(good)
    write_csv(d / "submissions" / "good.csv", ["selected_text", "textID"], good)
    bad_value = malformed(d, ["selected_text", "textID"], good, "textID", "not-a-tweet")
    write_csv(d / "submissions" / "bad.csv", ["textID", "selected_text"],
              [[i, t[0].split()[-1] if t[0].split() else ""] for i, t in zip(ids, TWEETS)])
    write_json(d / "competition.json", competition(
        "tweet-sentiment-extraction", "Tweet Sentiment Extraction (made-up example)",
        "Pick the words of each tweet that carry its sentiment. Mean word-level Jaccard similarity of the "
        "lower-cased, whitespace-split texts (split as Python's str.split()).", "jaccard"))
    return d, "jaccard", {}, bad_value


# ---------------------------------------------------------------- independent expected scores

def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return [dict(zip(rows[0], r)) for r in rows[1:] if r], rows[0]


def expected(folder, metric, params, submission):
    if metric in ("object_detection_map", "rle_mask_iou_map", "weighted_nae"):
        return reference_formats.score({"metric": metric, "params": params, "solution": str(folder / "solution.csv"),
                                        "submission": str(submission)})
    solution, header = read_rows(folder / "solution.csv")
    predicted = {r[header[0]]: r for r in read_rows(submission)[0]}
    columns = params["columns"].split(",") if "columns" in params else [c for c in header[1:] if c != "Usage"]
    out = {}
    for usage in ("Public", "Private"):
        rows = [r for r in solution if r["Usage"] == usage]
        if metric == "jaccard":
            def words(s):
                return set(s.lower().split())
            values = []
            for r in rows:
                a, b = words(r[columns[0]]), words(predicted[r[header[0]]][columns[0]])
                values.append(1.0 if not a and not b else len(a & b) / len(a | b))
            out[usage.lower()] = float(np.mean(values))
            continue
        t = np.array([[float(r[c]) for c in columns] for r in rows])
        p = np.array([[float(predicted[r[header[0]]][c]) for c in columns] for r in rows])
        if metric == "mcrmse":
            out[usage.lower()] = float(np.mean(np.sqrt(np.mean((t - p) ** 2, axis=0))))
        elif metric == "mean_columnwise_logloss":
            p = np.clip(p, 1e-15, 1 - 1e-15)
            out[usage.lower()] = float(np.mean(-np.mean(t * np.log(p) + (1 - t) * np.log(1 - p), axis=0)))
    return out


def main():
    rng = random.Random(20201130)
    for make in (wheat, salt, trends, moa, vaccine, tweet):
        folder, metric, params, broken = make(rng)
        scores = {name: expected(folder, metric, params, folder / "submissions" / (name + ".csv"))
                  for name in ("good", "bad")}
        scores["malformed"] = broken
        write_json(folder / "submissions" / "expected.json", scores)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        print("%-32s %-24s %6.1f KB  good %s  bad %s" % (folder.name, metric, size / 1024, scores["good"], scores["bad"]))


if __name__ == "__main__":
    main()
