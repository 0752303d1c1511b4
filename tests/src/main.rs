//! The conformance harness: runs every `tests/cases/**/*.mojo` program and every ```mojo example
//! in `spec/**/*.md` through the real `mojo-like` binary and checks the annotations in it:
//!
//! - `# CHECK: text` — the expected stdout lines, in order (stdout must equal them exactly);
//! - `# EXIT: n` — the expected exit status (default 0, or 1 when errors are expected);
//! - `# STDERR: text` — a substring stderr must contain;
//! - `# error[E0xxx]: text` — on the offending line: a diagnostic with that code whose message
//!   contains the text. Any diagnostic not annotated fails the case.
//!
//! - `# PTX: text`, `# AMDGPU: text` — in a program that launches kernels: text the device code
//!   must contain (`bar.sync`, `ld.shared`, `ds_bpermute`).
//! - `# LLVM-HOST: text` — text the program's optimised LLVM IR for the host must contain.
//!
//! `tests/repl/*.repl` are recorded REPL sessions, piped into `mojo-like repl` (`check_repl_case`).
//!
//! Every run-case executes on the Cranelift JIT, on the LLVM tier (`--backend llvm`: compiled,
//! then run again from the cache) and on the interpreter; their outputs must be identical.
//! A case that launches kernels runs on the `sim` device, and its kernels are also compiled to
//! PTX for `sm_80` and `sm_90`, which `ptxas` must accept, and to an AMDGPU code object for
//! `gfx942` (assembled by `llvm-mc`, linked by `ld.lld`, its kernel metadata read back by
//! `llvm-readelf --notes`): see `kernels.rs`.
//! Usage: `cargo test -p conformance -- [FILTER]`.

mod kernels;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

pub(crate) struct Case {
    name: String,
    pub(crate) path: PathBuf,
    pub(crate) text: String,
}

#[derive(Debug, PartialEq)]
struct ExpectedDiag {
    line: usize,
    code: String,
    text: String,
}

struct Expect {
    stdout: Vec<String>,
    exit: Option<i32>,
    stderr: Vec<String>,
    diags: Vec<ExpectedDiag>,
}

fn parse_expect(text: &str) -> Expect {
    let mut e = Expect {
        stdout: vec![],
        exit: None,
        stderr: vec![],
        diags: vec![],
    };
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("# CHECK:") {
            e.stdout.push(rest.strip_prefix(' ').unwrap_or(rest).to_string());
        } else if let Some(rest) = t.strip_prefix("# EXIT:") {
            e.exit = rest.trim().parse().ok();
        } else if let Some(rest) = t.strip_prefix("# STDERR:") {
            e.stderr.push(rest.trim().to_string());
        }
        if let Some(pos) = line.find("# error[") {
            let ann = &line[pos + 8..];
            if let Some(close) = ann.find("]:") {
                e.diags.push(ExpectedDiag {
                    line: i + 1,
                    code: ann[..close].to_string(),
                    text: ann[close + 2..].trim().to_string(),
                });
            }
        }
    }
    e
}

/// Diagnostics as rendered by the binary: `error[E0301]: message` then ` --> file:line:col`.
fn parse_diags(stderr: &str) -> Vec<ExpectedDiag> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(rest) = l.strip_prefix("error[") else {
            continue;
        };
        let Some(close) = rest.find("]:") else {
            continue;
        };
        let code = rest[..close].to_string();
        let text = rest[close + 2..].trim().to_string();
        let line = lines
            .get(i + 1)
            .and_then(|n| n.trim_start().strip_prefix("--> "))
            .and_then(|loc| loc.rsplit(':').nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        out.push(ExpectedDiag { line, code, text });
    }
    out
}

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs the case with `--leak-check`, and with the options on its `# ARGS:` line (`--legacy`).
fn run(bin: &Path, backend: &str, case: &Case) -> Run {
    let words = |prefix: &str| -> Vec<String> {
        case.text
            .lines()
            .filter_map(|l| l.strip_prefix(prefix))
            .flat_map(|a| a.split_whitespace())
            .map(String::from)
            .collect()
    };
    let extra = words("# ARGS:");
    // `# PROGRAM-ARGS: a b` are the program's own command-line arguments (after its path).
    let program_args = words("# PROGRAM-ARGS:");
    // `# STDIN: text` lines are the program's standard input, one line each.
    let input: String = case
        .text
        .lines()
        .filter_map(|l| l.strip_prefix("# STDIN: ").or_else(|| l.strip_prefix("# STDIN:")))
        .map(|l| format!("{l}\n"))
        .collect();
    let out = with_input(
        Command::new(bin)
            .env("MOJO_LIKE_CACHE", cache_dir())
            .args(["run", "--leak-check", "--backend", backend])
            .args(extra)
            .arg(&case.path)
            .args(program_args),
        &input,
    );
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Run `cmd` with `input` as its standard input; its output.
fn with_input(cmd: &mut Command, input: &str) -> std::process::Output {
    let mut child = cmd
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the mojo-like binary runs");
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().expect("the mojo-like binary runs")
}

/// The compile cache of this run of the suite (under the scratch directory): every case is
/// compiled afresh, and the user's cache is left alone.
fn cache_dir() -> PathBuf {
    std::env::temp_dir().join(format!("mojo-like-conformance-{}/cache", std::process::id()))
}

/// A recorded REPL session (`tests/repl/*.repl`): its text is `mojo-like repl`'s standard input;
/// `# CHECK:` lines are the expected standard output, `# STDERR:` substrings of standard error,
/// `# EXIT:` the status (default 0).
fn check_repl_case(bin: &Path, case: &Case) -> Result<(), String> {
    let e = parse_expect(&case.text);
    let out = with_input(
        Command::new(bin)
            .arg("repl")
            .current_dir(case.path.parent().unwrap_or(Path::new("."))),
        &case.text,
    );
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    let mut problems = Vec::new();
    let want = e.stdout.join("\n");
    let got = stdout.strip_suffix('\n').unwrap_or(&stdout);
    if got != want {
        problems.push(format!("stdout differs\n--- expected ---\n{want}\n--- got ---\n{got}"));
    }
    let code = out.status.code().unwrap_or(-1);
    if code != e.exit.unwrap_or(0) {
        problems.push(format!("exit status {code} (expected {})", e.exit.unwrap_or(0)));
    }
    for s in &e.stderr {
        if !stderr.contains(s.as_str()) {
            problems.push(format!("stderr lacks {s:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- stderr ---\n{stderr}", problems.join("\n")))
    }
}

fn check_case(bin: &Path, case: &Case) -> Result<(), String> {
    if case.path.extension().is_some_and(|x| x == "repl") {
        return check_repl_case(bin, case);
    }
    let e = parse_expect(&case.text);
    let jit = run(bin, "jit", case);
    if !e.diags.is_empty() {
        let got = parse_diags(&jit.stderr);
        let mut problems = Vec::new();
        for want in &e.diags {
            if !got
                .iter()
                .any(|g| g.line == want.line && g.code == want.code && g.text.contains(&want.text))
            {
                problems.push(format!(
                    "missing error[{}] on line {} containing {:?}",
                    want.code, want.line, want.text
                ));
            }
        }
        for g in &got {
            if !e
                .diags
                .iter()
                .any(|w| w.line == g.line && w.code == g.code && g.text.contains(&w.text))
            {
                problems.push(format!("unexpected error[{}] on line {}: {}", g.code, g.line, g.text));
            }
        }
        if jit.code != e.exit.unwrap_or(1) {
            problems.push(format!("exit status {} (expected {})", jit.code, e.exit.unwrap_or(1)));
        }
        if problems.is_empty() {
            return Ok(());
        }
        return Err(format!("{}\n--- stderr ---\n{}", problems.join("\n"), jit.stderr));
    }
    let interp = run(bin, "interp", case);
    let llvm = run(bin, "llvm", case);
    // Again: now from the cache, loaded by `mojo-like` itself (no LLVM).
    let cached = run(bin, "llvm", case);
    let want = e.stdout.join("\n");
    let mut problems = Vec::new();
    for (name, r) in [
        ("jit", &jit),
        ("interp", &interp),
        ("llvm", &llvm),
        ("llvm, cached", &cached),
    ] {
        let got = r.stdout.strip_suffix('\n').unwrap_or(&r.stdout);
        if got != want {
            problems.push(format!(
                "[{name}] stdout differs\n--- expected ---\n{want}\n--- got ---\n{got}"
            ));
        }
        if r.code != e.exit.unwrap_or(0) {
            problems.push(format!(
                "[{name}] exit status {} (expected {})\n--- stderr ---\n{}",
                r.code,
                e.exit.unwrap_or(0),
                r.stderr
            ));
        }
        for s in &e.stderr {
            if !r.stderr.contains(s.as_str()) {
                problems.push(format!("[{name}] stderr lacks {s:?}\n--- stderr ---\n{}", r.stderr));
            }
        }
    }
    if jit.stdout != interp.stdout || jit.code != interp.code {
        problems.push("the JIT and the interpreter disagree".into());
    }
    if jit.stdout != llvm.stdout || jit.code != llvm.code {
        problems.push("the Cranelift and LLVM tiers disagree".into());
    }
    if let Err(e) = check_host_ir(bin, case) {
        problems.push(e);
    }
    if case.text.contains(".enqueue_function[") {
        if let Err(e) = kernels::check(bin, case) {
            problems.push(e);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// `# LLVM-HOST: text` — text the program's optimised LLVM IR (`--backend llvm --emit
/// llvm-host`) must contain (a vectorised loop: `x double>`).
fn check_host_ir(bin: &Path, case: &Case) -> Result<(), String> {
    let wanted: Vec<&str> = case
        .text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("# LLVM-HOST:"))
        .map(str::trim)
        .collect();
    if wanted.is_empty() {
        return Ok(());
    }
    let out = Command::new(bin)
        .env("MOJO_LIKE_CACHE", cache_dir())
        .args(["run", "--backend", "llvm", "--emit", "llvm-host"])
        .arg(&case.path)
        .output()
        .expect("the mojo-like binary runs");
    let ir = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(format!(
            "--emit llvm-host failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let missing: Vec<_> = wanted.iter().filter(|w| !ir.contains(**w)).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("the host LLVM IR lacks {missing:?}"))
    }
}

/// The default tier (`--backend auto`) with an empty cache: the JIT runs the program while LLVM
/// compiles it in the background; once that is in the cache, the next run is LLVM's code. Both
/// print the same.
fn check_auto_tier(bin: &Path, program: &Path) -> Result<(), String> {
    let run = || {
        Command::new(bin)
            .env("MOJO_LIKE_CACHE", cache_dir().join("auto"))
            .env("MOJO_LIKE_LOG", "tier")
            .args(["run"])
            .arg(program)
            .output()
            .expect("the mojo-like binary runs")
    };
    let first = run();
    let tier = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    if !tier(&first).contains("tier: jit (LLVM compiles the program in the background") {
        return Err(format!(
            "the first run did not start LLVM in the background:\n{}",
            tier(&first)
        ));
    }
    let compiled = || {
        std::fs::read_dir(cache_dir().join("auto"))
            .map(|rd| rd.flatten().any(|e| e.path().to_string_lossy().ends_with(".host.o")))
            .unwrap_or(false)
    };
    let started = std::time::Instant::now();
    while !compiled() {
        if started.elapsed() > std::time::Duration::from_secs(120) {
            return Err("the background compile left nothing in the cache after 120 s".into());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let second = run();
    if !tier(&second).contains("tier: llvm (from the cache") {
        return Err(format!(
            "the second run did not take LLVM's code from the cache:\n{}",
            tier(&second)
        ));
    }
    if first.stdout != second.stdout || !first.status.success() || !second.status.success() {
        return Err("the two tiers' runs differ".into());
    }
    Ok(())
}

/// The same program compiles to the same MIR in every process (the compiled-code cache is keyed
/// by it, and the order of destructors must not change from run to run): each example and
/// benchmark program, compiled three times.
fn check_deterministic_mir(bin: &Path, root: &Path) -> Result<(), String> {
    let mut programs = Vec::new();
    collect(&root.join("examples"), "mojo", &mut programs);
    collect(&root.join("bench"), "mojo", &mut programs);
    programs.retain(|p| !p.to_string_lossy().contains("/gpu/"));
    for p in programs {
        let mir = || {
            Command::new(bin)
                .args(["run", "--emit", "mir"])
                .arg(&p)
                .output()
                .map(|o| o.stdout)
                .unwrap_or_default()
        };
        let first = mir();
        if (0..2).any(|_| mir() != first) {
            return Err(format!("{} compiles to different MIR from run to run", p.display()));
        }
    }
    Ok(())
}

fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        // `_name` files and folders are modules that cases import, not cases themselves.
        if p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_')) {
            continue;
        }
        if p.is_dir() {
            collect(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

/// Each ```mojo block of a spec chapter becomes a case.
fn spec_cases(root: &Path, scratch: &Path) -> Vec<Case> {
    let mut files = Vec::new();
    collect(&root.join("spec"), "md", &mut files);
    let mut cases = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let mut block: Option<String> = None;
        let mut n = 0;
        for line in text.lines() {
            match &mut block {
                None if line.trim() == "```mojo" => block = Some(String::new()),
                Some(b) if line.trim() == "```" => {
                    n += 1;
                    let rel = f.strip_prefix(root).unwrap().display().to_string();
                    let path = scratch.join(format!("{}-{n}.mojo", rel.replace(['/', '.'], "_")));
                    std::fs::write(&path, &*b).expect("scratch dir is writable");
                    cases.push(Case {
                        name: format!("{rel}#{n}"),
                        path,
                        text: std::mem::take(b),
                    });
                    block = None;
                }
                Some(b) => {
                    b.push_str(line);
                    b.push('\n');
                }
                None => {}
            }
        }
    }
    cases
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .and_then(|d| d.parent())
        .map(|d| d.join("mojo-like"))
        .unwrap();
    if !bin.exists() {
        eprintln!(
            "conformance: {} not found; build it first with `cargo build`",
            bin.display()
        );
        std::process::exit(1);
    }
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let scratch = std::env::temp_dir().join(format!("mojo-like-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let mut files = Vec::new();
    collect(&root.join("tests/cases"), "mojo", &mut files);
    collect(&root.join("examples"), "mojo", &mut files);
    collect(&root.join("tests/repl"), "repl", &mut files);
    let mut cases: Vec<Case> = files
        .into_iter()
        .map(|p| Case {
            name: p.strip_prefix(&root).unwrap().display().to_string(),
            text: std::fs::read_to_string(&p).unwrap_or_default(),
            path: p,
        })
        .collect();
    cases.extend(spec_cases(&root, &scratch));
    if let Some(f) = &filter {
        cases.retain(|c| c.name.contains(f.as_str()));
    }
    let total = cases.len();
    let queue = Arc::new(Mutex::new(cases));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (queue, failures, bin) = (queue.clone(), failures.clone(), bin.clone());
            std::thread::spawn(move || loop {
                let Some(case) = queue.lock().unwrap().pop() else {
                    break;
                };
                if let Err(msg) = check_case(&bin, &case) {
                    failures.lock().unwrap().push((case.name.clone(), msg));
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    if filter.is_none() {
        if let Err(msg) = check_auto_tier(&bin, &root.join("examples/fib.mojo")) {
            failures.lock().unwrap().push(("--backend auto".into(), msg));
        }
        if let Err(msg) = check_deterministic_mir(&bin, &root) {
            failures.lock().unwrap().push(("deterministic MIR".into(), msg));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let mut failures = failures.lock().unwrap();
    failures.sort();
    for (name, msg) in failures.iter() {
        println!("FAIL {name}\n{msg}\n");
    }
    println!(
        "conformance: {} passed, {} failed, {total} cases",
        total - failures.len(),
        failures.len()
    );
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
