//! The device-code checks of a case that launches kernels: `mojo-like run --emit ptx` for
//! `sm_80` and `sm_90`, each accepted by NVIDIA's `ptxas` (from the PyPI package
//! `nvidia-cuda-nvcc-cu12`, which `scripts/setup` installs); `--emit amdgpu` for `gfx942`,
//! assembled into an object by `llvm-mc`, linked into a code object by `ld.lld` and read back by
//! `llvm-readelf --notes` (LLVM 19's tools). `# PTX:` and `# AMDGPU:` annotations name text the
//! device code must contain.

use crate::Case;
use std::path::{Path, PathBuf};
use std::process::Command;

const LLVM_BIN: &str = "/usr/lib/llvm-19/bin";

/// `ptxas`: `$MOJO_LIKE_PTXAS`, else the one `scripts/setup` installs, else one on `PATH`.
fn ptxas() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("MOJO_LIKE_PTXAS") {
        return Some(PathBuf::from(p));
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let tools = std::env::var("MOJO_LIKE_TOOLS").unwrap_or_else(|_| format!("{home}/.cache/mojo-like/tools"));
    if let Ok(libs) = std::fs::read_dir(Path::new(&tools).join("lib")) {
        for lib in libs.flatten() {
            let p = lib.path().join("site-packages/nvidia/cuda_nvcc/bin/ptxas");
            if p.exists() {
                return Some(p);
            }
        }
    }
    let on_path = Command::new("ptxas").arg("--version").output().is_ok();
    on_path.then(|| PathBuf::from("ptxas"))
}

fn emit(bin: &Path, case: &Case, what: &str, arch: &str) -> Result<String, String> {
    let out = Command::new(bin)
        .args(["run", "--emit", what, "--gpu-arch", arch])
        .arg(&case.path)
        .output()
        .map_err(|e| format!("cannot run mojo-like: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "--emit {what} --gpu-arch {arch} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn tool(cmd: &mut Command, what: &str) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {what}: {e} (run scripts/setup)"))?;
    if !out.status.success() {
        return Err(format!(
            "{what} rejected the device code:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn wanted<'a>(case: &'a Case, prefix: &str) -> Vec<&'a str> {
    case.text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix(prefix))
        .map(str::trim)
        .collect()
}

pub(crate) fn check(bin: &Path, case: &Case) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!(
        "mojo-like-kernels-{}-{}",
        std::process::id(),
        case.path.file_stem().and_then(|s| s.to_str()).unwrap_or("case")
    ));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let r = check_in(bin, case, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    r
}

fn check_in(bin: &Path, case: &Case, dir: &Path) -> Result<(), String> {
    let ptxas = ptxas().ok_or("ptxas not found: run scripts/setup (it installs nvidia-cuda-nvcc-cu12)")?;
    for arch in ["sm_80", "sm_90"] {
        let ptx = emit(bin, case, "ptx", arch)?;
        for w in wanted(case, "# PTX:") {
            if !ptx.contains(w) {
                return Err(format!("the PTX for {arch} lacks {w:?}"));
            }
        }
        for (k, module) in modules(&ptx).iter().enumerate() {
            let file = dir.join(format!("{arch}-{k}.ptx"));
            std::fs::write(&file, module).map_err(|e| e.to_string())?;
            tool(
                Command::new(&ptxas)
                    .arg(format!("-arch={arch}"))
                    .arg(&file)
                    .arg("-o")
                    .arg(dir.join(format!("{arch}-{k}.cubin"))),
                "ptxas",
            )?;
        }
    }
    let asm = emit(bin, case, "amdgpu", "gfx942")?;
    for w in wanted(case, "# AMDGPU:") {
        if !asm.contains(w) {
            return Err(format!("the AMDGPU code lacks {w:?}"));
        }
    }
    for (k, module) in modules(&asm).iter().enumerate() {
        amdgpu_code_object(module, &dir.join(format!("k{k}")))?;
    }
    Ok(())
}

/// `--emit` prints one module per kernel, each after a `// kernel` line.
fn modules(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("// kernel `") {
            out.push(String::new());
        } else if let Some(m) = out.last_mut() {
            m.push_str(line);
            m.push('\n');
        }
    }
    out
}

/// Assemble, link and read back one AMDGPU module (`base`: the path its files start with).
fn amdgpu_code_object(asm: &str, base: &Path) -> Result<(), String> {
    let (s, o, co) = (
        base.with_extension("s"),
        base.with_extension("o"),
        base.with_extension("hsaco"),
    );
    std::fs::write(&s, asm).map_err(|e| e.to_string())?;
    tool(
        Command::new(format!("{LLVM_BIN}/llvm-mc"))
            .args(["-triple=amdgcn-amd-amdhsa", "-mcpu=gfx942", "-filetype=obj", "-o"])
            .arg(&o)
            .arg(&s),
        "llvm-mc",
    )?;
    tool(
        Command::new(format!("{LLVM_BIN}/ld.lld"))
            .arg("-shared")
            .arg(&o)
            .arg("-o")
            .arg(&co),
        "ld.lld",
    )?;
    let notes = tool(
        Command::new(format!("{LLVM_BIN}/llvm-readelf")).arg("--notes").arg(&co),
        "llvm-readelf",
    )?;
    if !notes.contains("amdhsa.kernels") {
        return Err(format!("the AMDGPU code object has no kernel metadata:\n{notes}"));
    }
    Ok(())
}
