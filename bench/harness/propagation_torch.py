"""PyTorch reference for pseudolab's label-propagation: the harness's resnet trained on the labelled rows only (weak
views, cosine schedule), then label propagation on its pooled features as LabelGraph does it (L2-normalised rows,
k nearest neighbours weighted max(0, cos)^gamma, W = A + A^T, S = D^-1/2 W D^-1/2, 50 steps of Z <- alpha S Z + Y).
Prints, on solution.csv's Public and Private rows per seed: the network's accuracy, the network's with its
predictions averaged over each image and its mirror (flip test-time augmentation), the propagated accuracy, and the
accuracy propagated over mirrored embeddings (each row's L2-normalised embedding plus its mirror image's, as
pseudolab's Network.graphEmbedding does under --flip).
With ROUNDS > 0, as `label-propagation --propagation-rounds ROUNDS`: a fresh network trains STEPS steps, each on 64
labelled rows and 64 test rows with their propagated classes, each test row's loss weighted by its certainty
1 - H(z)/log(classes), and is propagated again; then, as the budget-matched baseline,
a network trained on the labelled rows alone for (1 + ROUNDS) x STEPS steps. Both are printed flip-averaged.

usage: propagation_torch.py FOLDER THREADS STEPS SEEDS [k=10] [alpha=0.99] [rounds=0]
  e.g. propagation_torch.py datasets/fashion-mnist 2 1000 1,2,3
       propagation_torch.py datasets/fashion-mnist 2 1000 1,2,3 10 0.99 1
"""
import math
import sys
import time

import torch
from torch import nn

from epoch_torch import resnet
from recipe_torch import load, weak


def train(xl, yl, steps, seed, batch=64, lr=1e-3, pseudo=None):
    """The resnet on (xl, yl) for `steps` Adam steps; with `pseudo` = (rows, classes, weights) each step also takes
    `batch` of those rows, each row's loss times its weight (two streams, as Trainer.trainTwoStreams)."""
    torch.manual_seed(seed)
    net = resnet(16)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda t: math.cos(7 * math.pi * t / (16 * steps)))
    for _ in range(steps):
        i = torch.randint(0, len(xl), (batch,))
        x, y, w = xl[i], yl[i], torch.ones(batch)
        if pseudo is not None:
            j = torch.randint(0, len(pseudo[0]), (batch,))
            x, y, w = torch.cat([x, pseudo[0][j]]), torch.cat([y, pseudo[1][j]]), torch.cat([w, pseudo[2][j]])
        loss = (nn.functional.cross_entropy(net(weak(x)), y, reduction="none") * w).mean()
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


def views(net, x):
    """Flip-averaged probabilities and mirrored embeddings (unit own + unit mirror) of rows x."""
    with torch.no_grad():
        xf = x.view(-1, 28, 28).flip(2).reshape(-1, 784)
        out = lambda f, rows: torch.cat([f(rows[i:i + 2048]) for i in range(0, len(rows), 2048)])
        p = (out(net, x).softmax(1) + out(net, xf).softmax(1)) / 2
        e = nn.functional.normalize(out(net[:-1], x), dim=1) + nn.functional.normalize(out(net[:-1], xf), dim=1)
    return p, e


def certain_labels(z):
    """Propagated classes and their certainty 1 - H(z)/log(classes) of the normalised non-negative scores."""
    z = z.clamp(min=0)
    z = z / z.sum(1, keepdim=True).clamp(min=1e-12)
    entropy = -(z * (z + 1e-12).log()).sum(1)
    return z.argmax(1), (1 - entropy / math.log(z.shape[1])).clamp(min=0)


def main():
    folder, threads, steps, seeds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    k = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    alpha = float(sys.argv[6]) if len(sys.argv) > 6 else 0.99
    rounds = int(sys.argv[7]) if len(sys.argv) > 7 else 0
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
        if rounds == 0:
            continue
        labels, certainty = certain_labels(zf)
        for r in range(1, rounds + 1):
            net = train(xl, yl, steps, seed + 1000 * r, pseudo=(xu, labels, certainty))
            p, e = views(net, x)
            zr = propagate(e, yl, classes, k, alpha)
            print(f"torch seed={seed} round={r} propagated labels {acc(labels)} (mean certainty {certainty.mean():.3f}) "
                  f"retrained network, flip-averaged {acc(p[len(xl):].argmax(1))} propagated {acc(zr[len(xl):].argmax(1))} "
                  f"time={time.time() - start:.0f}s", flush=True)
            labels, certainty = certain_labels(zr[len(xl):])
        p, _ = views(train(xl, yl, (1 + rounds) * steps, seed), xu)
        print(f"torch seed={seed} network of {(1 + rounds) * steps} steps, flip-averaged {acc(p.argmax(1))} "
              f"time={time.time() - start:.0f}s", flush=True)


if __name__ == "__main__":
    main()
