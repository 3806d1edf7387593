"""PyTorch reference for pseudolab's label-propagation: the harness's resnet trained on the labelled rows only (weak
views, cosine schedule), then label propagation on its pooled features as LabelGraph does it (L2-normalised rows,
k nearest neighbours weighted max(0, cos)^gamma, W = A + A^T, S = D^-1/2 W D^-1/2, 50 steps of Z <- alpha S Z + Y).
Prints, on solution.csv's Public and Private rows per seed: the network's accuracy, the network's with its
predictions averaged over each image and its mirror (flip test-time augmentation), the propagated accuracy, and the
accuracy propagated over mirrored embeddings (each row's L2-normalised embedding plus its mirror image's, as
pseudolab's Network.graphEmbedding does under --flip).

usage: propagation_torch.py FOLDER THREADS STEPS SEEDS [k=10] [alpha=0.99]
  e.g. propagation_torch.py datasets/fashion-mnist 2 1000 1,2,3
"""
import math
import sys
import time

import torch
from torch import nn

from epoch_torch import resnet
from recipe_torch import load, weak


def train(xl, yl, steps, seed, batch=64, lr=1e-3):
    torch.manual_seed(seed)
    net = resnet(16)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda t: math.cos(7 * math.pi * t / (16 * steps)))
    for _ in range(steps):
        i = torch.randint(0, len(xl), (batch,))
        loss = nn.functional.cross_entropy(net(weak(xl[i])), yl[i])
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
    return net.eval()


def propagate(e, yl, classes, k, alpha, gamma=3.0, steps=50):
    e = nn.functional.normalize(e, dim=1)
    n = len(e)
    sim = e @ e.T
    sim.fill_diagonal_(-float("inf"))
    val, idx = sim.topk(k, dim=1)
    w = torch.zeros(n, n)
    w.scatter_(1, idx, val.clamp(min=0) ** gamma)
    w = w + w.T
    d = w.sum(1)
    scale = torch.where(d > 0, d.rsqrt(), torch.zeros_like(d))
    s = scale[:, None] * w * scale[None, :]
    y = torch.zeros(n, classes)
    y[torch.arange(len(yl)), yl] = 1
    z = y.clone()
    for _ in range(steps):
        z = alpha * s @ z + y
    return z


def main():
    folder, threads, steps, seeds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    k = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    alpha = float(sys.argv[6]) if len(sys.argv) > 6 else 0.99
    torch.set_num_threads(threads)
    xl, yl, xu, yu, usage = load(folder)
    classes = int(yl.max()) + 1

    def acc(pred):
        ok = pred.numpy() == yu
        return f"{ok[usage == 'Public'].mean():.4f} / {ok[usage == 'Private'].mean():.4f}"

    for seed in map(int, seeds.split(",")):
        start = time.time()
        net = train(xl, yl, steps, seed)
        with torch.no_grad():
            own = torch.cat([net(xu[i:i + 2048]) for i in range(0, len(xu), 2048)])
            xuf = xu.view(-1, 28, 28).flip(2).reshape(-1, 784)
            tta = (own.softmax(1) + torch.cat([net(xuf[i:i + 2048]) for i in range(0, len(xu), 2048)]).softmax(1)).argmax(1)
            own = own.argmax(1)
            x = torch.cat([xl, xu])
            e = torch.cat([net[:-1](x[i:i + 2048]) for i in range(0, len(x), 2048)])
            xf = x.view(-1, 28, 28).flip(2).reshape(-1, 784)
            ef = torch.cat([net[:-1](xf[i:i + 2048]) for i in range(0, len(x), 2048)])
        z = propagate(e, yl, classes, k, alpha)[len(xl):]
        zf = propagate(nn.functional.normalize(e, dim=1) + nn.functional.normalize(ef, dim=1), yl, classes, k, alpha)[len(xl):]
        print(f"torch seed={seed} steps={steps} k={k} alpha={alpha} network {acc(own)} "
              f"flip-averaged {acc(tta)} propagated {acc(z.argmax(1))} propagated on flip-averaged embeddings {acc(zf.argmax(1))} time={time.time() - start:.0f}s", flush=True)


if __name__ == "__main__":
    main()
