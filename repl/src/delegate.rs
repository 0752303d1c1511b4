//! Handing a command to `mojo-like-gpu`. `mojo-like` links no LLVM, so that it starts in
//! milliseconds (LLVM's static initialisers alone take several); a command that needs LLVM —
//! `--emit llvm|ptx|amdgpu|llvm-host`, `--device cuda|hip`, the default device on a machine with
//! the CUDA driver, or `--backend llvm` for a program not in the cache — runs as `mojo-like-gpu`, the same command with the `gpu` crate, found next to
//! this binary.

use std::path::PathBuf;

/// Where the CUDA driver library is looked for (`auto` picks the `cuda` device when it is there).
const CUDA_DIRS: &[&str] = &[
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
    "/usr/local/cuda/lib64",
    "/usr/lib/wsl/lib",
];

/// Whether the CUDA driver library is on this machine.
fn cuda_driver_present() -> bool {
    let mut dirs: Vec<PathBuf> = std::env::var("LD_LIBRARY_PATH")
        .unwrap_or_default()
        .split(':')
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .collect();
    dirs.extend(CUDA_DIRS.iter().map(PathBuf::from));
    dirs.iter()
        .any(|d| d.join("libcuda.so.1").exists() || d.join("libcuda.so").exists())
}

/// Whether the command line needs LLVM.
fn needs_llvm(args: &[String]) -> bool {
    // The options come before the program's file; what follows it is the program's own.
    let end = args.iter().position(|a| a.ends_with(".mojo")).unwrap_or(args.len());
    let args = &args[..end];
    let value = |flag: &str| args.windows(2).find(|w| w[0] == flag).map(|w| w[1].as_str());
    if matches!(value("--emit"), Some("llvm" | "ptx" | "amdgpu" | "llvm-host")) {
        return true;
    }
    let device = value("--device")
        .map(str::to_string)
        .or_else(|| std::env::var("MOJO_LIKE_DEVICE").ok())
        .unwrap_or_else(|| "auto".into());
    match device.as_str() {
        "cuda" | "hip" => true,
        "auto" => cuda_driver_present() && args.first().is_none_or(|c| c == "run"),
        _ => false,
    }
}

/// Run the command as `mojo-like-gpu` when it needs LLVM: its exit status (`None`: not needed).
pub fn if_needed(args: &[String]) -> Option<i32> {
    if !needs_llvm(args) {
        return None;
    }
    exec_gpu(args, false)
}

/// Run this process's command as `mojo-like-gpu` (`--backend llvm` with nothing in the cache:
/// LLVM must compile it): its exit status.
pub fn this_command_with_llvm() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // This process has printed the front end's warnings already.
    exec_gpu(&args, true).unwrap_or(1)
}

/// Set for a `mojo-like-gpu` started after `mojo-like` printed the program's warnings: it does
/// not print them again.
pub const DIAGNOSTICS_SHOWN: &str = "MOJO_LIKE_DIAGNOSTICS_SHOWN";

/// `--backend auto` found no LLVM code for the program: start `mojo-like-gpu` compiling it into
/// the cache (at a lower priority, its output discarded) unless another process already is.
/// Whether it started.
pub fn compile_in_background(key: &str, file: &str, opts: &crate::driver::RunOptions) -> bool {
    let Some(gpu) = gpu_binary().filter(|g| g.exists()) else {
        return false;
    };
    if !jit::cache::claim(key) {
        return false;
    }
    // Under `nice`, where there is one, so that the program itself keeps the processor.
    let nice = ["/usr/bin/nice", "/bin/nice"]
        .into_iter()
        .find(|n| std::path::Path::new(n).exists());
    let mut cmd = match nice {
        Some(n) => {
            let mut c = std::process::Command::new(n);
            c.arg("-n").arg("10").arg(&gpu);
            c
        }
        None => std::process::Command::new(&gpu),
    };
    // The options that shape the program's MIR are this run's (`--device none` answers
    // `has_accelerator()` at compile time).
    cmd.args(["run", "--backend", "llvm", "--cache-only", "--device", &opts.device]);
    for d in &opts.include {
        cmd.arg("-I").arg(d);
    }
    if opts.legacy {
        cmd.arg("--legacy");
    }
    cmd.arg(file)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    match cmd.spawn() {
        Ok(mut child) => {
            // Reaped if this process outlives it.
            std::thread::spawn(move || child.wait());
            true
        }
        Err(_) => {
            jit::cache::release(key);
            false
        }
    }
}

/// Where `mojo-like-gpu` would be: next to this binary.
fn gpu_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    Some(exe.with_file_name(format!("mojo-like-gpu{}", std::env::consts::EXE_SUFFIX)))
}

fn exec_gpu(args: &[String], diagnostics_shown: bool) -> Option<i32> {
    let gpu = gpu_binary()?;
    if !gpu.exists() {
        eprintln!(
            "error: this command needs `mojo-like-gpu` (the command with LLVM, for GPU code), which is not next to this one: {} is missing",
            gpu.display()
        );
        return Some(1);
    }
    let mut cmd = std::process::Command::new(&gpu);
    cmd.args(args);
    if diagnostics_shown {
        cmd.env(DIAGNOSTICS_SHOWN, "1");
    }
    match cmd.status() {
        Ok(s) => Some(s.code().unwrap_or(1)),
        Err(e) => {
            eprintln!("error: cannot run {}: {e}", gpu.display());
            Some(1)
        }
    }
}
