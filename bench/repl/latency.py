"""REPL latency and memory (issue 6), on the release binary.

- latency: a 100-input session (definitions, variables, expressions, loops, a List) piped into
  `mojo-like repl`, each input as `:time INPUT`; for each, the wall time from writing the input
  to reading its `(time: ...)` line, and the time the REPL itself measured. Prints the median and
  the 90th percentile of both, against the 10 ms target.
- memory: 10,000 inputs that rebind a variable and print from it; the REPL's resident memory
  after 1,000 and after 10,000 inputs, and the growth per input between them.

    python3 bench/repl/latency.py
"""
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def inputs_100():
    ins = []
    for k in range(10):
        ins.append(f"def f{k}(n: Int) -> Int: return n * {k + 2} + 1")
        ins.append(f"var v{k} = f{k}({k})")
        ins.append(f"v{k} + f{k}(2)")
        ins.append(f"var s{k} = String('item ') + String(v{k})")
        ins.append(f"s{k}")
        ins.append(f"v{k} = v{k} * 2")
        ins.append(f"print(v{k}, s{k})")
        ins.append(f"var xs{k} = List[Int]()")
        ins.append(f"for i in range({k + 3}): xs{k}.append(i * v{k})")
        ins.append(f"len(xs{k})")
    return ins


def start():
    return subprocess.Popen(
        [os.path.join(ROOT, "target", "release", "mojo-like"), "repl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def timed_input(p, text):
    """Send `:time text`; the wall time until its `(time: X ms)` line, and X."""
    t0 = time.perf_counter()
    p.stdin.write(f":time {text}\n")
    p.stdin.flush()
    while True:
        line = p.stdout.readline()
        if not line:
            raise SystemExit(f"repl-latency: the REPL ended at {text!r}:\n{p.stderr.read()}")
        if line.startswith("(time: "):
            return time.perf_counter() - t0, float(line[len("(time: "):].split()[0]) / 1000


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main():
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "repl"], cwd=ROOT, check=True)
    p = start()
    walls, owns = [], []
    for text in inputs_100():
        w, o = timed_input(p, text)
        walls.append(w)
        owns.append(o)
    p.stdin.close()
    p.wait()
    ms = lambda x: x * 1000
    print(f"100 inputs: wall median {ms(statistics.median(walls)):.2f} ms, p90 {ms(pct(walls, 0.9)):.2f} ms, "
          f"max {ms(max(walls)):.2f} ms; the REPL's own median {ms(statistics.median(owns)):.2f} ms "
          f"(target: median <= 10 ms; ratio {statistics.median(walls) / 0.010:.3f})")

    p = start()
    marks = {}
    for i in range(1, 10001):
        p.stdin.write(f"var x = {i}\n" if i % 2 else "x + 1\n")
        if i % 2 == 0:
            p.stdin.flush()
            p.stdout.readline()
        if i in (1000, 10000):
            marks[i] = rss_kib(p.pid)
    p.stdin.close()
    p.wait()
    growth = (marks[10000] - marks[1000]) * 1024 / 9000
    print(f"memory: {marks[1000]} KiB after 1,000 inputs, {marks[10000]} KiB after 10,000: "
          f"{growth:.0f} bytes per input")


if __name__ == "__main__":
    main()
