"""Benchmarks, printed as ratios against baselines measured in the same run.

- start-up: `mojo-like run examples/hello.mojo` vs the real CPython's `print("hi")` and vs
  `mojo run` (when a Mojo install is found: $MOJO, `mojo` on PATH, or ~/mojo-ref/bin/mojo);
- fib(32): `mojo-like run bench/fib/fib.mojo` vs the same program in Rust (`rustc -C opt-level=3`);
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


def find_mojo():
    for cand in [os.environ.get("MOJO"), shutil.which("mojo"), os.path.expanduser("~/mojo-ref/bin/mojo")]:
        if cand and os.path.exists(cand):
            return cand
    return None


def main():
    os.makedirs(OUT, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "repl"], cwd=ROOT, check=True)
    ml = os.path.join(ROOT, "target", "release", "mojo-like")
    # The real interpreter, not a pyenv shim.
    python = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True).stdout.strip()
    rows = []

    hello = os.path.join(ROOT, "examples", "hello.mojo")
    t_ml, _ = timed([ml, "run", hello], 21)
    t_py, _ = timed([python, "-c", 'print("hi")'], 21)
    rows.append(("hello: mojo-like / CPython", t_ml, t_py))
    mojo = find_mojo()
    if mojo:
        t_mojo, _ = timed([mojo, "run", hello], 3)
        rows.append(("hello: mojo-like / mojo run", t_ml, t_mojo))
    else:
        print("(Mojo not found: skipping the `mojo run` comparison)")

    rs_bin = os.path.join(OUT, "fib_rs")
    subprocess.run(["rustc", "-C", "opt-level=3", "-o", rs_bin, os.path.join(ROOT, "bench", "fib", "fib.rs")], check=True)
    t_fib, out_ml = timed([ml, "run", os.path.join(ROOT, "bench", "fib", "fib.mojo")], 5)
    t_rs, out_rs = timed([rs_bin], 5)
    if out_ml != out_rs:
        sys.exit(f"bench: fib results differ: {out_ml!r} vs {out_rs!r}")
    rows.append(("fib(32): mojo-like / Rust -O3", t_fib, t_rs))

    # Scalar Mandelbrot, 800x600 x 200 iterations: against Rust (-O3, this CPU), and against
    # CPython on 200x150 (1/16 of the points; its time is multiplied by 16).
    mb = os.path.join(ROOT, "bench", "mandelbrot")
    mb_rs = os.path.join(OUT, "mandelbrot_rs")
    subprocess.run(
        ["rustc", "-C", "opt-level=3", "-C", "target-cpu=native", "-o", mb_rs, os.path.join(mb, "mandelbrot.rs")],
        check=True,
    )
    t_mb, out_mb = timed([ml, "run", os.path.join(mb, "mandelbrot.mojo")], 5)
    t_mb_rs, out_mb_rs = timed([mb_rs], 5)
    if out_mb != out_mb_rs:
        sys.exit(f"bench: mandelbrot results differ: {out_mb!r} vs {out_mb_rs!r}")
    rows.append(("mandelbrot 800x600: mojo-like / Rust", t_mb, t_mb_rs))
    if mojo:
        mb_mojo = os.path.join(OUT, "mandelbrot_mojo")
        built = subprocess.run([mojo, "build", os.path.join(mb, "mandelbrot.mojo"), "-o", mb_mojo], capture_output=True)
        if built.returncode == 0:
            t_mb_mojo, out_mb_mojo = timed([mb_mojo], 5)
            if out_mb_mojo != out_mb:
                sys.exit(f"bench: mandelbrot results differ from Mojo's: {out_mb!r} vs {out_mb_mojo!r}")
            rows.append(("mandelbrot: mojo-like run / mojo build", t_mb, t_mb_mojo))
    _, out_mb_small = timed([ml, "run", os.path.join(mb, "mandelbrot.mojo"), "200", "150"], 1)
    t_mb_py, out_mb_py = timed([python, os.path.join(mb, "mandelbrot.py"), "200", "150"], 3)
    if out_mb_small != out_mb_py:
        sys.exit(f"bench: mandelbrot results differ from CPython's: {out_mb_small!r} vs {out_mb_py!r}")
    rows.append(("mandelbrot: mojo-like / CPython (x16)", t_mb, 16 * t_mb_py))

    # n-body, 5 bodies x 1,000,000 steps: against Rust, `mojo build`, and CPython on 10,000 steps
    # (its time multiplied by 100).
    nb = os.path.join(ROOT, "bench", "nbody")
    nb_rs = os.path.join(OUT, "nbody_rs")
    subprocess.run(
        ["rustc", "-C", "opt-level=3", "-C", "target-cpu=native", "-o", nb_rs, os.path.join(nb, "nbody.rs")],
        check=True,
    )
    t_nb, out_nb = timed([ml, "run", os.path.join(nb, "nbody.mojo")], 3)
    t_nb_rs, out_nb_rs = timed([nb_rs], 3)
    if out_nb != out_nb_rs:
        sys.exit(f"bench: nbody results differ: {out_nb!r} vs {out_nb_rs!r}")
    rows.append(("nbody 1M steps: mojo-like / Rust", t_nb, t_nb_rs))
    if mojo:
        nb_mojo = os.path.join(OUT, "nbody_mojo")
        built = subprocess.run([mojo, "build", os.path.join(nb, "nbody.mojo"), "-o", nb_mojo], capture_output=True)
        if built.returncode == 0:
            t_nb_mojo, out_nb_mojo = timed([nb_mojo], 3)
            if out_nb_mojo != out_nb:
                sys.exit(f"bench: nbody results differ from Mojo's: {out_nb!r} vs {out_nb_mojo!r}")
            rows.append(("nbody: mojo-like run / mojo build", t_nb, t_nb_mojo))
    _, out_nb_small = timed([ml, "run", os.path.join(nb, "nbody.mojo"), "10000"], 1)
    t_nb_py, out_nb_py = timed([python, os.path.join(nb, "nbody.py"), "10000"], 3)
    if out_nb_small != out_nb_py:
        sys.exit(f"bench: nbody results differ from CPython's: {out_nb_small!r} vs {out_nb_py!r}")
    rows.append(("nbody: mojo-like / CPython (x100)", t_nb, 100 * t_nb_py))

    # Spectral norm, n = 1000: against Rust, `mojo build`, and CPython with n = 100 (the work grows
    # as n^2: its time multiplied by 100).
    sn = os.path.join(ROOT, "bench", "spectral_norm")
    sn_rs = os.path.join(OUT, "spectral_norm_rs")
    subprocess.run(
        ["rustc", "-C", "opt-level=3", "-C", "target-cpu=native", "-o", sn_rs, os.path.join(sn, "spectral_norm.rs")],
        check=True,
    )
    t_sn, out_sn = timed([ml, "run", os.path.join(sn, "spectral_norm.mojo")], 3)
    t_sn_rs, out_sn_rs = timed([sn_rs], 3)
    if out_sn != out_sn_rs:
        sys.exit(f"bench: spectral-norm results differ: {out_sn!r} vs {out_sn_rs!r}")
    rows.append(("spectral-norm 1000: mojo-like / Rust", t_sn, t_sn_rs))
    if mojo:
        sn_mojo = os.path.join(OUT, "spectral_norm_mojo")
        built = subprocess.run([mojo, "build", os.path.join(sn, "spectral_norm.mojo"), "-o", sn_mojo], capture_output=True)
        if built.returncode == 0:
            t_sn_mojo, out_sn_mojo = timed([sn_mojo], 3)
            if out_sn_mojo != out_sn:
                sys.exit(f"bench: spectral-norm results differ from Mojo's: {out_sn!r} vs {out_sn_mojo!r}")
            rows.append(("spectral-norm: mojo-like run / mojo build", t_sn, t_sn_mojo))
    _, out_sn_small = timed([ml, "run", os.path.join(sn, "spectral_norm.mojo"), "100"], 1)
    t_sn_py, out_sn_py = timed([python, os.path.join(sn, "spectral_norm.py"), "100"], 3)
    if out_sn_small != out_sn_py:
        sys.exit(f"bench: spectral-norm results differ from CPython's: {out_sn_small!r} vs {out_sn_py!r}")
    rows.append(("spectral-norm: mojo-like / CPython (x100)", t_sn, 100 * t_sn_py))

    # Naive matmul 512^3 (f64, i-k-j): against Rust, `mojo build`, and CPython with n = 64 (the work
    # grows as n^3: its time multiplied by 512).
    mm = os.path.join(ROOT, "bench", "matmul")
    mm_rs = os.path.join(OUT, "matmul_rs")
    subprocess.run(
        ["rustc", "-C", "opt-level=3", "-C", "target-cpu=native", "-o", mm_rs, os.path.join(mm, "matmul.rs")],
        check=True,
    )
    t_mm, out_mm = timed([ml, "run", os.path.join(mm, "matmul.mojo")], 3)
    t_mm_rs, out_mm_rs = timed([mm_rs], 3)
    if out_mm != out_mm_rs:
        sys.exit(f"bench: matmul results differ: {out_mm!r} vs {out_mm_rs!r}")
    rows.append(("matmul 512^3 f64: mojo-like / Rust", t_mm, t_mm_rs))
    if mojo:
        mm_mojo = os.path.join(OUT, "matmul_mojo")
        built = subprocess.run([mojo, "build", os.path.join(mm, "matmul.mojo"), "-o", mm_mojo], capture_output=True)
        if built.returncode == 0:
            t_mm_mojo, out_mm_mojo = timed([mm_mojo], 3)
            if out_mm_mojo != out_mm:
                sys.exit(f"bench: matmul results differ from Mojo's: {out_mm!r} vs {out_mm_mojo!r}")
            rows.append(("matmul: mojo-like run / mojo build", t_mm, t_mm_mojo))
    _, out_mm_small = timed([ml, "run", os.path.join(mm, "matmul.mojo"), "64"], 1)
    t_mm_py, out_mm_py = timed([python, os.path.join(mm, "matmul.py"), "64"], 3)
    if out_mm_small != out_mm_py:
        sys.exit(f"bench: matmul results differ from CPython's: {out_mm_small!r} vs {out_mm_py!r}")
    rows.append(("matmul: mojo-like / CPython (x512)", t_mm, 512 * t_mm_py))

    t_str, out_str = timed([ml, "run", os.path.join(ROOT, "bench", "strings", "strings.mojo")], 5)
    t_str_py, out_str_py = timed([python, os.path.join(ROOT, "bench", "strings", "strings.py")], 5)
    if out_str != out_str_py:
        sys.exit(f"bench: string results differ: {out_str!r} vs {out_str_py!r}")
    rows.append(("strings (1.3 MB): mojo-like / CPython", t_str, t_str_py))

    program = os.path.join(ROOT, "bench", "latency", "program.mojo")
    t_lat, out_lat = timed([ml, "run", program], 11)
    rows.append(("300-line program: mojo-like / 100 ms", t_lat, 0.100))
    if mojo:
        t_mojo_lat, out_mojo_lat = timed([mojo, "run", program], 3)
        if out_lat != out_mojo_lat:
            sys.exit("bench: the 300-line program's output differs from Mojo's")
        rows.append(("300-line program: mojo-like / mojo run", t_lat, t_mojo_lat))

    print(f"{'benchmark':40} {'ours (ms)':>10} {'baseline (ms)':>14} {'ratio':>8}")
    for name, ours, base in rows:
        print(f"{name:40} {ours * 1000:10.2f} {base * 1000:14.2f} {ours / base:8.3f}")


if __name__ == "__main__":
    main()
