//! `MOJO_LIKE_BUILD_ID`: a hash of the compiler's own source (the front end, both backends, the
//! runtime and the standard library, which the binary embeds). Compiled code in the on-disk cache is keyed by it, so a compiler whose code
//! generation changed never reuses what an older one compiled, even at the same version.

#[path = "src/fnv.rs"]
mod fnv;

use fnv::Fnv;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut all = Vec::new();
    for dir in ["lang/src", "jit/src", "gpu/src", "stdlib"] {
        let d = root.join(dir);
        println!("cargo:rerun-if-changed={}", d.display());
        files(&d, &mut all);
    }
    all.sort();
    let mut h = Fnv::default();
    for f in &all {
        if let Ok(bytes) = std::fs::read(f) {
            h.write(f.strip_prefix(&root).unwrap_or(f).to_string_lossy().as_bytes());
            h.write(&bytes);
        }
    }
    println!("cargo:rustc-env=MOJO_LIKE_BUILD_ID={:016x}", h.finish());
}
