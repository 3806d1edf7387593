"""PyTorch reference for bench/harness: same mlp (784-256-128-10) and LeNet-like cnn as the harness learners."""
import gzip
import statistics
import sys
import time

import numpy as np
import torch
from torch import nn


def load(folder, n):
    with gzip.open(f"{folder}/train-images-idx3-ubyte.gz") as f:
        x = np.frombuffer(f.read(), np.uint8, offset=16)[: n * 784].reshape(n, 784).astype(np.float32) / 255
    with gzip.open(f"{folder}/train-labels-idx1-ubyte.gz") as f:
        y = np.frombuffer(f.read(), np.uint8, offset=8)[:n].astype(np.int64)
    return torch.from_numpy(x), torch.from_numpy(y)


def model(kind):
    if kind == "mlp":
        return nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
    # conv 5x5x16, max-pool 2, conv 5x5x32, max-pool 2, dense 128, output: as pseudolab.harness.learn.Cnn
    return nn.Sequential(nn.Unflatten(1, (1, 28, 28)), nn.Conv2d(1, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(16, 32, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                         nn.Linear(32 * 4 * 4, 128), nn.ReLU(), nn.Linear(128, 10))


def main():
    folder, kind, n, epochs, batch, threads = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    x, y = load(folder, n)
    net = model(kind)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss = nn.CrossEntropyLoss()

    def epoch():
        perm = torch.randperm(n)
        for s in range(0, n, batch):
            idx = perm[s:s + batch]
            opt.zero_grad()
            loss(net(x[idx]), y[idx]).backward()
            opt.step()

    epoch()  # warm-up
    times = []
    for _ in range(epochs):
        t = time.perf_counter()
        epoch()
        times.append(time.perf_counter() - t)
    with torch.no_grad():
        acc = (net(x).argmax(1) == y).float().mean().item()
    print(f"torch {kind} n={n} batch={batch} epochs={[round(t, 3) for t in times]} "
          f"median={statistics.median(times):.3f} train_acc={acc:.3f}")


if __name__ == "__main__":
    main()
