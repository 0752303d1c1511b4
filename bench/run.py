"""Benchmarks, printed as ratios against baselines measured in the same run.

- start-up: `mojo-like run examples/hello.mojo` vs the real CPython's `print("hi")` and vs
  `mojo run` (when a Mojo install is found: $MOJO, `mojo` on PATH, or ~/mojo-ref/bin/mojo);
- fib(32): `bench/fib/fib.mojo` vs the same program in Rust, `mojo build` and CPython with
  fib(27) (its time scaled by 11.09, the ratio of the calls made);
- `mojo-like run` is the default tier (`--backend auto`): the LLVM tier's code once the cache has
  it, which every run after a program's first finds (the bench puts it there first with one
  `--backend llvm` run); each program also runs with `--backend jit`, Cranelift only, which is
  what a program's first run gets; the geometric mean of the six ratios to Rust is printed for
  both;
- mandelbrot: `bench/mandelbrot/mandelbrot.mojo` (scalar, 800x600, 200 iterations) vs the same
  program in Rust (`-C opt-level=3 -C target-cpu=native`), vs the binary `mojo build` makes (when
  Mojo is installed; its run time only, ours includes compiling), and vs CPython on 1/16 of the points
  (its time scaled by 16); the iteration totals are checked equal;
- nbody: `bench/nbody/nbody.mojo` (5 bodies, 1,000,000 steps, scalar) vs Rust, `mojo build` and
  CPython on 10,000 steps (time scaled by 100); the energies are checked equal;
- spectral-norm: `bench/spectral_norm/spectral_norm.mojo` (n = 1000) vs Rust, `mojo build` and
  CPython with n = 100 (time scaled by 100, the work being quadratic); results checked equal;
- matmul: `bench/matmul/matmul.mojo` (512^3, f64, naive i-k-j) vs Rust, `mojo build` and CPython
  with n = 64 (time scaled by 512, the work being cubic); results checked equal;
- matmul_par: `bench/matmul_par/matmul_par.mojo` (1024^3, f32, SIMD along rows, `parallelize` over
  rows) vs Rust (std threads, auto-vectorized), `mojo build` and CPython with n = 64 (time scaled by
  4096); checksums checked equal;
- strings: `bench/strings/strings.mojo` (lower, upper, count, replace, find, split, strip and a
  word count over 1.3 MB; every `String` method is stdlib code) vs the same work in CPython;
- compile latency: `mojo-like run bench/latency/program.mojo` (about 300 lines of structs,
  traits, List, Dict and String; source to exit) vs `mojo run` of the same file, and against the
  100 ms target.
Results of the programs are checked equal before times are compared.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench")


def timed(cmd, runs):
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if p.returncode != 0:
            sys.exit(f"bench: {' '.join(cmd)} failed:\n{p.stderr}")
        out = p.stdout
    return statistics.median(times), out


def warm(ml, source):
    """Run `source` once on the LLVM tier, which compiles it and leaves it in the cache: the
    default tier's runs timed after this take LLVM's code, as every run after a program's first
    does (the first runs on Cranelift, as the `jit` rows show)."""
    subprocess.run([ml, "run", "--backend", "llvm", source], capture_output=True, check=True)


def find_mojo():
    for cand in [os.environ.get("MOJO"), shutil.which("mojo"), os.path.expanduser("~/mojo-ref/bin/mojo")]:
        if cand and os.path.exists(cand):
            return cand
    return None


def against_baselines(ml, mojo, python, stem, label, runs, small, scale):
    """Rows for `bench/STEM/STEM.mojo` against the same program in Rust, `mojo build`'s binary
    (when Mojo is installed) and CPython (on the arguments `small`, its time times `scale`);
    every result is checked equal to ours first."""
    folder = os.path.join(ROOT, "bench", stem)
    source = os.path.join(folder, stem + ".mojo")
    name = label.split(" ")[0]
    rs_bin = os.path.join(OUT, stem + "_rs")
    subprocess.run(
        ["rustc", "-C", "opt-level=3", "-C", "target-cpu=native", "-o", rs_bin, os.path.join(folder, stem + ".rs")],
        check=True,
    )
    warm(ml, source)
    t_ours, out_ours = timed([ml, "run", source], runs)
    t_jit, out_jit = timed([ml, "run", "--backend", "jit", source], runs)
    t_rs, out_rs = timed([rs_bin], runs)
    if out_ours != out_rs or out_jit != out_rs:
        sys.exit(f"bench: {name} results differ: {out_ours!r}, {out_jit!r} (jit) vs {out_rs!r}")
    rows = [(f"{label}: mojo-like / Rust", t_ours, t_rs), (f"{name}: mojo-like jit / Rust", t_jit, t_rs)]
    if mojo:
        mojo_bin = os.path.join(OUT, stem + "_mojo")
        built = subprocess.run([mojo, "build", source, "-o", mojo_bin], capture_output=True)
        if built.returncode == 0:
            t_mojo, out_mojo = timed([mojo_bin], runs)
            if out_mojo != out_ours:
                sys.exit(f"bench: {name} results differ from Mojo's: {out_ours!r} vs {out_mojo!r}")
            rows.append((f"{name}: mojo-like run / mojo build", t_ours, t_mojo))
            rows.append((f"{name}: mojo-like jit / mojo build", t_jit, t_mojo))
    _, out_small = timed([ml, "run", source, *small], 1)
    t_py, out_py = timed([python, os.path.join(folder, stem + ".py"), *small], 3)
    if out_small != out_py:
        sys.exit(f"bench: {name} results differ from CPython's: {out_small!r} vs {out_py!r}")
    rows.append((f"{name}: mojo-like / CPython (x{scale:.4g})", t_ours, scale * t_py))
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "repl"], cwd=ROOT, check=True)
    ml = os.path.join(ROOT, "target", "release", "mojo-like")
    # The real interpreter, not a pyenv shim.
    python = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True).stdout.strip()
    rows = []

    hello = os.path.join(ROOT, "examples", "hello.mojo")
    warm(ml, hello)
    t_ml, _ = timed([ml, "run", hello], 21)
    t_py, _ = timed([python, "-c", 'print("hi")'], 21)
    rows.append(("hello: mojo-like / CPython", t_ml, t_py))
    mojo = find_mojo()
    if mojo:
        t_mojo, _ = timed([mojo, "run", hello], 3)
        rows.append(("hello: mojo-like / mojo run", t_ml, t_mojo))
    else:
        print("(Mojo not found: skipping the `mojo run` comparison)")

    # Each program against Rust (-O3, this CPU), the binary `mojo build` makes, and CPython on a
    # smaller input (its time multiplied by how much less work that is).
    kernels = [
        # (folder and file stem, label, runs, CPython's arguments, work scale)
        # fib(32) makes 7,049,155 calls, fib(27) 635,621.
        ("fib", "fib(32)", 5, ["27"], 7049155 / 635621),
        ("mandelbrot", "mandelbrot 800x600", 5, ["200", "150"], 16),
        ("nbody", "nbody 1M steps", 3, ["10000"], 100),
        ("spectral_norm", "spectral-norm 1000", 3, ["100"], 100),
        ("matmul", "matmul 512^3 f64", 3, ["64"], 512),
        ("matmul_par", "matmul_par 1024^3 f32 SIMD+parallel", 3, ["64"], 4096),
    ]
    for stem, label, runs, small, scale in kernels:
        rows.extend(against_baselines(ml, mojo, python, stem, label, runs, small, scale))

    strings = os.path.join(ROOT, "bench", "strings", "strings.mojo")
    warm(ml, strings)
    t_str, out_str = timed([ml, "run", strings], 5)
    t_str_py, out_str_py = timed([python, os.path.join(ROOT, "bench", "strings", "strings.py")], 5)
    if out_str != out_str_py:
        sys.exit(f"bench: string results differ: {out_str!r} vs {out_str_py!r}")
    rows.append(("strings (1.3 MB): mojo-like / CPython", t_str, t_str_py))

    program = os.path.join(ROOT, "bench", "latency", "program.mojo")
    warm(ml, program)
    t_lat, out_lat = timed([ml, "run", program], 11)
    t_lat_jit, _ = timed([ml, "run", "--backend", "jit", program], 11)
    rows.append(("300-line program: mojo-like / 100 ms", t_lat, 0.100))
    rows.append(("300-line program, first run (jit) / 100 ms", t_lat_jit, 0.100))
    if mojo:
        t_mojo_lat, out_mojo_lat = timed([mojo, "run", program], 3)
        if out_lat != out_mojo_lat:
            sys.exit("bench: the 300-line program's output differs from Mojo's")
        rows.append(("300-line program: mojo-like / mojo run", t_lat, t_mojo_lat))

    print(f"{'benchmark':40} {'ours (ms)':>10} {'baseline (ms)':>14} {'ratio':>8}")
    for name, ours, base in rows:
        print(f"{name:40} {ours * 1000:10.2f} {base * 1000:14.2f} {ours / base:8.3f}")
    # The headline: the geometric mean over the six programs against Rust, per tier.
    for tier, mark in [("default (auto)", "mojo-like / Rust"), ("Cranelift JIT only", "mojo-like jit / Rust")]:
        ratios = [ours / base for name, ours, base in rows if mark in name]
        if ratios:
            print(f"geomean vs Rust, {tier} ({len(ratios)} programs): {statistics.geometric_mean(ratios):.3f}")


if __name__ == "__main__":
    main()
