"""PyTorch reference for the pseudolabelling recipes: the harness's resnet, weak/strong views and cosine schedule,
trained for a fixed number of updates on a competition folder, scored on solution.csv's Public and Private rows.

usage: recipe_torch.py FOLDER THREADS STEPS VARIANT[:key=value...] ...
  VARIANT: none (labelled rows only), fixmatch (FixMatch, threshold thr), freematch (self-adaptive threshold),
           harness (as pseudolab's consistency: targets from the running batch-norm statistics, and only the labelled
           rows and the confident strong views in the training batch)
  keys: seed, model (resnet|cnn|mlp), width, batch, mu, thr, lr, opt (adam|sgd), wd   e.g. recipe_torch.py datasets/fashion-mnist 2 1000 none fixmatch:thr=0.95
  FOLDER must hold the hidden solution.csv: build the demo competition first with
  `./pseudolab datasets build fashion-mnist` (a fresh clone has only its raw files).
"""
import csv
import math
import sys
import time

import numpy as np
import torch
from torch import nn

from epoch_torch import model as make_model


def read(path):
    with open(path) as f:
        rows = csv.reader(f)
        header = next(rows)
        return header, list(rows)


def load(folder):
    """Digit Recognizer layout: train.csv label,pixel..., test.csv pixel..., solution.csv ImageId,Label,Usage."""
    h, rows = read(f"{folder}/train.csv")
    pixels = [i for i, c in enumerate(h) if c.startswith("pixel")]
    y = np.array([int(r[h.index("label")]) for r in rows])
    xl = np.array([[float(r[i]) for i in pixels] for r in rows], np.float32)
    h, rows = read(f"{folder}/test.csv")
    pixels = [i for i, c in enumerate(h) if c.startswith("pixel")]
    xu = np.array([[float(r[i]) for i in pixels] for r in rows], np.float32)
    _, sol = read(f"{folder}/solution.csv")
    truth = {r[0]: (int(r[1]), r[2]) for r in sol}
    ids = [str(i + 1) for i in range(len(xu))]
    yu = np.array([truth[i][0] for i in ids])
    usage = np.array([truth[i][1] for i in ids])
    scale = 255.0 if xl.max() > 1.5 else 1.0
    return torch.from_numpy(xl / scale), torch.from_numpy(y), torch.from_numpy(xu / scale), yu, usage


def shift(x, s):
    """Random shifts of up to s px (zero fill) and horizontal flips half the time, per image."""
    n = x.shape[0]
    padded = nn.functional.pad(x.view(n, 28, 28), (s, s, s, s))
    dx, dy = torch.randint(0, 2 * s + 1, (n,)), torch.randint(0, 2 * s + 1, (n,))
    ar = torch.arange(28)
    out = padded[torch.arange(n)[:, None, None], (dy[:, None] + ar)[:, :, None], (dx[:, None] + ar)[:, None, :]]
    flip = torch.rand(n) < 0.5
    out[flip] = out[flip].flip(2)
    return out


def weak(x):
    return shift(x, 2).reshape(-1, 784)


def strong(x):
    """Twice the shift, brightness or contrast, noise half the time, a 13x13 cutout filled with the mean."""
    out = shift(x, 4)
    n = out.shape[0]
    mean = out.mean((1, 2), keepdim=True)
    bright = out * (0.75 + torch.rand(n, 1, 1) * 0.5)
    contrast = mean + (out - mean) * (0.6 + torch.rand(n, 1, 1) * 0.8)
    out = torch.where(torch.rand(n, 1, 1) < 0.5, bright, contrast)
    out = out + torch.randn_like(out) * (0.03 + torch.rand(n, 1, 1) * 0.07) * (torch.rand(n, 1, 1) < 0.5)
    cx, cy = torch.randint(0, 28, (n,)), torch.randint(0, 28, (n,))
    ar = torch.arange(28)
    box = ((ar[None, :, None] - cy[:, None, None]).abs() <= 6) & ((ar[None, None, :] - cx[:, None, None]).abs() <= 6)
    return torch.where(box, out.mean((1, 2), keepdim=True), out).clamp(0, 1).reshape(-1, 784)


def scores(net, xu, yu, usage):
    net.eval()
    with torch.no_grad():
        p = torch.cat([net(xu[i:i + 2048]) for i in range(0, len(xu), 2048)]).argmax(1).numpy()
    net.train()
    ok = p == yu
    return ok[usage == "Public"].mean(), ok[usage == "Private"].mean()


def optimiser(net, opt, lr, wd):
    """Adam (decoupled weight decay wd, as AdamW) or FixMatch's SGD: Nesterov momentum 0.9, weight decay wd."""
    if opt == "sgd":
        return torch.optim.SGD(net.parameters(), lr=lr, momentum=0.9, nesterov=True, weight_decay=wd)
    return torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=wd) if wd else torch.optim.Adam(net.parameters(), lr=lr)


def run(data, variant, steps, seed=1, width=16, batch=128, mu=3, thr=0.95, lr=1e-3, opt="adam", wd=0.0,
        model="resnet"):
    xl, yl, xu, yu, usage = data
    torch.manual_seed(seed)
    net = make_model(model, width)
    optim = optimiser(net, opt, lr, wd)
    sched = torch.optim.lr_scheduler.LambdaLR(optim, lambda t: math.cos(7 * math.pi * t / (16 * steps)))
    ce = nn.CrossEntropyLoss(reduction="none")
    classes = int(yl.max()) + 1
    level, class_mean = 1 / classes, torch.full((classes,), 1 / classes)
    start = time.time()
    for _ in range(steps):
        li = torch.randint(0, len(xl), (batch,))
        xb, yb = weak(xl[li]), yl[li]
        if variant == "none":
            loss = ce(net(xb), yb).mean()
        elif variant == "harness":
            ui = torch.randint(0, len(xu), (batch * mu,))
            with torch.no_grad():
                net.eval()
                conf, target = torch.softmax(net(weak(xu[ui])), 1).max(1)
                net.train()
            keep = conf >= thr
            xs = strong(xu[ui][keep])
            logits = net(torch.cat([xb, xs]))
            loss = ce(logits[:batch], yb).mean() + ce(logits[batch:], target[keep]).sum() / (batch * mu)
        else:
            ui = torch.randint(0, len(xu), (batch * mu,))
            xs = strong(xu[ui])
            logits = net(torch.cat([xb, weak(xu[ui]), xs]))
            lw, ls = logits[batch:batch + batch * mu], logits[batch + batch * mu:]
            pw = torch.softmax(lw.detach(), 1)
            conf, target = pw.max(1)
            if variant == "freematch":
                level = 0.999 * level + 0.001 * conf.mean().item()
                class_mean = 0.999 * class_mean + 0.001 * pw.mean(0)
                bar = level * class_mean[target] / class_mean.max()
            else:
                bar = thr
            loss = ce(logits[:batch], yb).mean() + (ce(ls, target) * (conf >= bar).float()).mean()
        optim.zero_grad()
        loss.backward()
        optim.step()
        sched.step()
    public, private = scores(net, xu, yu, usage)
    print(f"torch {variant} model={model} steps={steps} seed={seed} width={width} batch={batch} mu={mu} thr={thr} "
          f"opt={opt} lr={lr} wd={wd} public={public:.4f} private={private:.4f} time={time.time() - start:.0f}s", flush=True)


def main():
    folder, threads, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(threads)
    data = load(folder)
    for spec in sys.argv[4:]:
        variant, *pairs = spec.split(":")
        kw = {k: (float(v) if k in ("thr", "lr", "wd") else v if k in ("opt", "model") else int(v)) for k, v in (p.split("=") for p in pairs)}
        run(data, variant, steps, **kw)


if __name__ == "__main__":
    main()
