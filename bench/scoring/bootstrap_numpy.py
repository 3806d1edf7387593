"""The paired bootstrap of bench/scoring/bootstrap.sh in NumPy, for accuracy or AUC: 1,000 resamples of 7,000 rows for
20 submissions, then each gain's 95% percentile interval against the first submission and each entry's rank range.
AUC is vectorised over the resamples: per submission, the draw counts in the order of its predictions, summed per tie
group, then the wins of each group over the negatives below it. Prints the median wall time of 5 runs (after one
warm-up run). Usage: bootstrap_numpy.py [accuracy|auc]"""
import sys
import time

import numpy as np

ROWS, SUBMISSIONS, RESAMPLES = 7000, 20, 1000


def accuracy_scores(correct, idx):
    return np.stack([c[idx].mean(axis=1) for c in correct], axis=1)  # resamples x submissions


def auc_scores(submissions, idx):
    counts = np.stack([np.bincount(row, minlength=ROWS) for row in idx])  # resamples x rows
    columns = []
    for truth, predicted in submissions:
        order = np.argsort(predicted, kind="stable")
        sorted_values = predicted[order]
        starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
        c = counts[:, order]
        positives = np.add.reduceat(c * truth[order], starts, axis=1)
        negatives = np.add.reduceat(c * (1 - truth[order]), starts, axis=1)
        below = np.cumsum(negatives, axis=1) - negatives
        twice_wins = (positives * (2.0 * below + negatives)).sum(axis=1)
        columns.append(twice_wins / (2.0 * positives.sum(axis=1) * negatives.sum(axis=1)))
    return np.stack(columns, axis=1)


def bootstrap(metric, data, rng):
    idx = rng.integers(0, ROWS, size=(RESAMPLES, ROWS))
    scores = (auc_scores if metric == "auc" else accuracy_scores)(data, idx)
    diffs = scores[:, 1:] - scores[:, :1]
    intervals = np.quantile(diffs, [0.025, 0.975], axis=0)
    wins = (diffs > 0).mean(axis=0) + 0.5 * (diffs == 0).mean(axis=0)
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, SUBMISSIONS + 1)[None, :].repeat(RESAMPLES, 0), axis=1)
    rank_ranges = np.quantile(ranks, [0.025, 0.975], axis=0)
    return intervals, wins, rank_ranges


def main():
    metric = sys.argv[1] if len(sys.argv) > 1 else "accuracy"
    rng = np.random.default_rng(13)
    if metric == "auc":  # like BootstrapBenchmark: 0/1 truth, probabilities written with 4 decimals (ties)
        truth = rng.integers(0, 2, ROWS)
        data = [(truth, np.round(np.clip(truth * (0.75 + 0.005 * k) * 0.6 + rng.random(ROWS) * 0.5, 0, 1), 4))
                for k in range(SUBMISSIONS)]
    else:
        data = [(rng.random(ROWS) < 0.75 + 0.005 * k).astype(np.float64) for k in range(SUBMISSIONS)]
    bootstrap(metric, data, np.random.default_rng(42))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        bootstrap(metric, data, np.random.default_rng(42))
        times.append(time.perf_counter() - start)
    print(f"numpy bootstrap, {metric}, {RESAMPLES} resamples x {SUBMISSIONS} submissions x {ROWS} rows: "
          f"median {1000 * sorted(times)[2]:.0f} ms (runs: {', '.join(f'{1000 * t:.0f}' for t in times)})")


if __name__ == "__main__":
    main()
