"""PyTorch reference for bench/harness StepBench: the resnet's supervised step and a FixMatch-style consistency step."""
import statistics
import sys
import time

import torch
from torch import nn

from epoch_torch import load, resnet


def weak(x):
    """Random shifts of up to 2 px and horizontal flips, per image (as the harness's weak view)."""
    out = torch.empty_like(x)
    for i in range(x.shape[0]):
        dx, dy = torch.randint(-2, 3, (2,)).tolist()
        img = torch.roll(x[i], shifts=(dy, dx), dims=(0, 1))
        out[i] = torch.flip(img, dims=(1,)) if torch.rand(1).item() < 0.5 else img
    return out


def strong(x):
    """Weak plus shifts of up to 4 px, brightness jitter, noise and a 12x12 cutout (as the harness's strong view)."""
    out = weak(x)
    out = out + (torch.rand(x.shape[0], 1, 1) - 0.5) * 0.5 + torch.randn_like(out) * 0.05
    for i in range(x.shape[0]):
        cx, cy = torch.randint(0, 28, (2,)).tolist()
        out[i, max(0, cy - 6):cy + 6, max(0, cx - 6):cx + 6] = 0.5
    return out.clamp(0, 1)


def main():
    folder, steps, batch, mu, width, threads = sys.argv[1], *map(int, sys.argv[2:7])
    warmup = int(sys.argv[7]) if len(sys.argv) > 7 else 3
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    n = batch * (mu + 1) * 4
    x, y = load(folder, n)
    x = x.view(n, 28, 28)
    net = resnet(width)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss = nn.CrossEntropyLoss()

    def rows(start, count):
        return torch.arange(start, start + count) % n

    def supervised(i):
        r = rows(i * batch, batch)
        opt.zero_grad()
        loss(net(weak(x[r]).view(-1, 784)), y[r]).backward()
        opt.step()

    def consistency(i):
        lr_, ur = rows(i * batch, batch), rows(i * batch * mu + batch, batch * mu)
        with torch.no_grad():
            net.eval()
            target = net(weak(x[ur]).view(-1, 784)).argmax(1)
            net.train()
        opt.zero_grad()
        xs = torch.cat([weak(x[lr_]), strong(x[ur])]).view(-1, 784)
        loss(net(xs), torch.cat([y[lr_], target])).backward()
        opt.step()

    result = {}
    for name, step in (("supervised", supervised), ("consistency", consistency)):
        for i in range(warmup):
            step(i)
        times = []
        for i in range(steps):
            t = time.perf_counter()
            step(i)
            times.append(time.perf_counter() - t)
        result[name] = statistics.median(times)
    print(f"torch resnet width={width} batch={batch} mu={mu} supervised_median={result['supervised']:.4f} "
          f"consistency_median={result['consistency']:.4f}")


if __name__ == "__main__":
    main()
