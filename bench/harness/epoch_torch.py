"""PyTorch reference for bench/harness: same mlp (784-256-128-10), LeNet-like cnn and resnet as the harness learners."""
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


def conv_bn(c_in, c_out, k, stride):
    return nn.Sequential(nn.Conv2d(c_in, c_out, k, stride, padding=k // 2, bias=False), nn.BatchNorm2d(c_out))


class Block(nn.Module):
    """conv-BN-ReLU-conv-BN plus the (1x1-projected) input, then ReLU: as pseudolab.harness.learn.ResNet."""

    def __init__(self, c_in, c_out, stride):
        super().__init__()
        self.body = nn.Sequential(conv_bn(c_in, c_out, 3, stride), nn.ReLU(), conv_bn(c_out, c_out, 3, 1))
        self.shortcut = nn.Identity() if stride == 1 and c_in == c_out else conv_bn(c_in, c_out, 1, stride)

    def forward(self, x):
        return torch.relu(self.body(x) + self.shortcut(x))


def resnet(width):
    w = width
    return nn.Sequential(nn.Unflatten(1, (1, 28, 28)), conv_bn(1, w, 3, 1), nn.ReLU(), Block(w, w, 2),
                         Block(w, 2 * w, 2), Block(2 * w, 4 * w, 2), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                         nn.Linear(4 * w, 10))


def model(kind, width=16):
    if kind == "resnet":
        return resnet(width)
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
