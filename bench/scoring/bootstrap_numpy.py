"""The paired bootstrap of bench/scoring/bootstrap.sh in NumPy, for accuracy: 1,000 resamples of 7,000 rows for 20
submissions, then each gain's 95% percentile interval against the first submission and each entry's rank range.
Prints the median wall time of 5 runs (after one warm-up run)."""
import time

import numpy as np

ROWS, SUBMISSIONS, RESAMPLES = 7000, 20, 1000


def bootstrap(correct, rng):
    idx = rng.integers(0, ROWS, size=(RESAMPLES, ROWS))
    scores = np.stack([c[idx].mean(axis=1) for c in correct], axis=1)  # resamples x submissions
    diffs = scores[:, 1:] - scores[:, :1]
    intervals = np.quantile(diffs, [0.025, 0.975], axis=0)
    wins = (diffs > 0).mean(axis=0) + 0.5 * (diffs == 0).mean(axis=0)
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, SUBMISSIONS + 1)[None, :].repeat(RESAMPLES, 0), axis=1)
    rank_ranges = np.quantile(ranks, [0.025, 0.975], axis=0)
    return intervals, wins, rank_ranges


def main():
    rng = np.random.default_rng(13)
    correct = [(rng.random(ROWS) < 0.75 + 0.005 * k).astype(np.float64) for k in range(SUBMISSIONS)]
    bootstrap(correct, np.random.default_rng(42))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        bootstrap(correct, np.random.default_rng(42))
        times.append(time.perf_counter() - start)
    print(f"numpy bootstrap, accuracy, {RESAMPLES} resamples x {SUBMISSIONS} submissions x {ROWS} rows: "
          f"median {1000 * sorted(times)[2]:.0f} ms (runs: {', '.join(f'{1000 * t:.0f}' for t in times)})")


if __name__ == "__main__":
    main()
