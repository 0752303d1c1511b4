//! Embeds the error-code pages (`spec/errors/E0xxx.md`) for `mojo-like explain`, and links
//! `mojo-like-gpu` at a fixed address.

use std::fmt::Write;

fn main() {
    // `mojo-like-gpu` links all of LLVM: as a position-independent executable it would have the
    // dynamic loader apply some 140,000 relocations at every start (about 5 ms); linked at a
    // fixed address it starts in a fraction of that.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=mojo-like-gpu=-no-pie");
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/errors");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    let mut out =
        String::from("/// (code, page) for every `spec/errors/*.md`.\npub const ERROR_PAGES: &[(&str, &str)] = &[\n");
    for p in pages {
        let code = p.file_stem().unwrap().to_string_lossy().into_owned();
        let path = p.canonicalize().unwrap();
        let _ = writeln!(out, "    ({code:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("error_pages.rs");
    std::fs::write(dest, out).unwrap();
    packages();
}

/// The standard library's importable packages (`stdlib/llm/**.mojo`): (path under `stdlib/`,
/// text) for `import llm.formats.gguf` and the like.
fn packages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    let mut files = Vec::new();
    // The packages: `llm` (one folder each).
    let dir = root.join("llm");
    println!("cargo:rerun-if-changed={}", dir.display());
    collect(&dir, &mut files);
    files.sort();
    let mut out = String::from("/// (path under `stdlib/`, text) of every module of the importable packages.\npub const PACKAGE_MODULES: &[(&str, &str)] = &[\n");
    for f in files {
        let rel = f.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        let path = f.canonicalize().unwrap();
        let _ = writeln!(out, "    ({rel:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("packages.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "mojo") {
            out.push(p);
        }
    }
}
