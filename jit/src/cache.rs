//! The on-disk cache of compiled code, shared by both binaries: `mojo-like-gpu` writes what LLVM
//! compiles (kernels' PTX and code objects, whole programs' host code) and `mojo-like` reads
//! host code back without LLVM (`crate::object`). Entries live in `~/.cache/mojo-like/kernels`
//! (`$MOJO_LIKE_CACHE` overrides it; an empty value turns the cache off) and are keyed by an
//! FNV-1a hash of what determines the code: the MIR, the target, and this compiler's build
//! (`MOJO_LIKE_BUILD_ID`, a hash of its source).

use lang::mir::{FuncId, Program, Terminator};
use lang::source::Span;
use std::hash::Hash;
use std::path::PathBuf;

/// The cache directory, if caching is on.
pub fn dir() -> Option<PathBuf> {
    match std::env::var("MOJO_LIKE_CACHE") {
        Ok(d) if d.is_empty() => None,
        Ok(d) => Some(PathBuf::from(d)),
        Err(_) => std::env::var("HOME")
            .ok()
            .map(|h| PathBuf::from(h).join(".cache/mojo-like/kernels")),
    }
}

/// This compiler's build: a hash of its source.
pub const BUILD_ID: &str = env!("MOJO_LIKE_BUILD_ID");

pub use crate::fnv::Fnv;

/// Hash the MIR of `root` and every function it reaches, with the layouts of their types (the
/// MIR text names struct types; their layouts are part of the code too), the compiler's
/// version and its build.
pub fn hash_mir(h: &mut Fnv, program: &Program, root: FuncId) {
    let reachable = program.reachable(root);
    lang::mir::display::program(program, &reachable).hash(h);
    for f in &reachable {
        for l in &program.funcs[*f as usize].locals {
            let layout = lang::mir::layout::of(&l.ty);
            (layout.size, layout.align, lang::mir::layout::offsets(&l.ty)).hash(h);
        }
    }
    env!("CARGO_PKG_VERSION").hash(h);
    BUILD_ID.hash(h);
}

/// What identifies this processor for code compiled for it: its architecture and, on x86-64,
/// its vendor, family and model (`cpuid`) and the vector features LLVM uses.
pub fn host_id() -> String {
    #[cfg(target_arch = "x86_64")]
    {
        // `cpuid` leaves 0 (vendor) and 1 (family, model, stepping) exist on every x86-64.
        let (v, sig) = (std::arch::x86_64::__cpuid(0), std::arch::x86_64::__cpuid(1));
        let features: String = [
            ("sse4.2", std::is_x86_feature_detected!("sse4.2")),
            ("avx", std::is_x86_feature_detected!("avx")),
            ("avx2", std::is_x86_feature_detected!("avx2")),
            ("fma", std::is_x86_feature_detected!("fma")),
            ("bmi2", std::is_x86_feature_detected!("bmi2")),
            ("avx512f", std::is_x86_feature_detected!("avx512f")),
            ("avx512bw", std::is_x86_feature_detected!("avx512bw")),
            ("avx512vl", std::is_x86_feature_detected!("avx512vl")),
            ("avx512dq", std::is_x86_feature_detected!("avx512dq")),
            ("f16c", std::is_x86_feature_detected!("f16c")),
        ]
        .iter()
        .filter(|(_, on)| *on)
        .map(|(n, _)| format!("+{n}"))
        .collect();
        format!(
            "x86_64-{:08x}{:08x}{:08x}-{:08x}{features}",
            v.ebx, v.edx, v.ecx, sig.eax
        )
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        std::env::consts::ARCH.to_string()
    }
}

/// The key of a whole program's host code (`--backend llvm`): a hash of its MIR (`hash_mir`),
/// of the source location of every statement (they are in its error messages), and of this
/// processor (`host_id`).
pub fn host_key(program: &Program, main: FuncId, locate: &dyn Fn(Span) -> String) -> String {
    let mut h = Fnv::default();
    hash_mir(&mut h, program, main);
    for f in program.reachable(main) {
        let f = &program.funcs[f as usize];
        locate(f.span).hash(&mut h);
        for b in &f.blocks {
            for s in &b.stmts {
                locate(s.span).hash(&mut h);
            }
            if let Terminator::Call { span, .. } | Terminator::Trap { span, .. } = &b.term {
                locate(*span).hash(&mut h);
            }
        }
    }
    host_id().hash(&mut h);
    format!("{:016x}", h.0)
}

/// The cache file of entry `key.ext`, if caching is on.
pub fn path(key: &str, ext: &str) -> Option<PathBuf> {
    dir().map(|d| d.join(format!("{key}.{ext}")))
}

/// Store an entry (written aside, then renamed into place, so a reader never sees half of it).
/// A cache that cannot be written is no error: the next run compiles again.
pub fn store(key: &str, ext: &str, bytes: &[u8]) {
    let Some(f) = path(key, ext) else {
        return;
    };
    if let Some(parent) = f.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let tmp = f.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() {
        let _ = std::fs::rename(&tmp, &f);
    }
    if let Some(d) = dir() {
        trim(&d, limit());
    }
}

/// How large the cache may grow: `$MOJO_LIKE_CACHE_MB` megabytes, 1024 by default.
fn limit() -> u64 {
    std::env::var("MOJO_LIKE_CACHE_MB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(1024)
        << 20
}

/// Mark an entry used (`trim` removes the least recently used first).
pub fn touch(file: &std::path::Path) {
    if let Ok(f) = std::fs::File::options().append(true).open(file) {
        let _ = f.set_modified(std::time::SystemTime::now());
    }
}

/// Keep the cache under `max` bytes: past it, the least recently used entries go until it is
/// down to three quarters of that.
fn trim(dir: &std::path::Path, max: u64) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<(std::time::SystemTime, u64, PathBuf)> = rd
        .flatten()
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            let modified = m.modified().ok()?;
            m.is_file().then(|| (modified, m.len(), e.path()))
        })
        .collect();
    let mut total: u64 = entries.iter().map(|e| e.1).sum();
    if total <= max {
        return;
    }
    entries.sort();
    for (_, len, path) in entries {
        if total <= max / 4 * 3 {
            break;
        }
        if std::fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}

/// Claim the compiling of entry `key` for one process (a `key.pending` file): false when another
/// claimed it in the last minute.
pub fn claim(key: &str) -> bool {
    let Some(f) = path(key, "pending") else {
        return false;
    };
    if let Some(parent) = f.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&f)
        .is_ok()
    {
        return true;
    }
    let stale = std::fs::metadata(&f)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age > std::time::Duration::from_secs(60));
    stale && std::fs::write(&f, b"").is_ok()
}

/// The compiling of entry `key` is over (done or failed).
pub fn release(key: &str) {
    if let Some(f) = path(key, "pending") {
        let _ = std::fs::remove_file(f);
    }
}

/// Compiled host code: an object file and the texts of its strings table, in the order the
/// table holds them.
pub struct HostCode {
    pub texts: Vec<String>,
    pub object: Vec<u8>,
}

const MAGIC: &[u8; 4] = b"MLH1";

impl HostCode {
    /// The cache file's bytes: the magic, the number of strings, each as its length and bytes,
    /// then the object file.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.texts.len() as u32).to_le_bytes());
        for t in &self.texts {
            out.extend((t.len() as u32).to_le_bytes());
            out.extend(t.as_bytes());
        }
        out.extend(&self.object);
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<HostCode> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let word = |b: &[u8], at: usize| -> Option<usize> {
            Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
        };
        let n = word(rest, 0)?;
        let mut at = 4;
        let mut texts = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            let len = word(rest, at)?;
            let text = rest.get(at + 4..at + 4 + len)?;
            texts.push(String::from_utf8(text.to_vec()).ok()?);
            at += 4 + len;
        }
        Some(HostCode {
            texts,
            object: rest.get(at..)?.to_vec(),
        })
    }

    /// The cached host code of entry `key`, if there is a readable one.
    pub fn cached(key: &str) -> Option<HostCode> {
        let file = path(key, "host.o")?;
        let code = HostCode::decode(&std::fs::read(&file).ok()?)?;
        touch(&file);
        Some(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_code_round_trips_and_damage_is_detected() {
        let code = HostCode {
            texts: vec!["a".into(), String::new(), "f.mojo:3:4".into()],
            object: vec![0x7f, b'E', b'L', b'F', 1, 2, 3],
        };
        let bytes = code.encode();
        let back = HostCode::decode(&bytes).unwrap();
        assert_eq!(back.texts, code.texts);
        assert_eq!(back.object, code.object);
        assert!(HostCode::decode(b"garbage").is_none());
        assert!(HostCode::decode(&bytes[..10]).is_none());
    }

    #[test]
    fn the_cache_keeps_under_its_limit_dropping_the_least_recently_used() {
        let dir = std::env::temp_dir().join(format!("mojo-like-trim-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(100);
        for (i, name) in ["a", "b", "c", "d"].iter().enumerate() {
            let f = dir.join(name);
            std::fs::write(&f, vec![0u8; 1000]).unwrap();
            let t = old + std::time::Duration::from_secs(i as u64 * 10);
            std::fs::File::options()
                .append(true)
                .open(&f)
                .unwrap()
                .set_modified(t)
                .unwrap();
        }
        // `a` was used last.
        touch(&dir.join("a"));
        trim(&dir, 4000);
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            4,
            "under the limit: nothing goes"
        );
        trim(&dir, 3000);
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["a", "d"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_processor_is_identified() {
        let id = host_id();
        assert_eq!(id, host_id());
        assert!(id.starts_with(std::env::consts::ARCH), "{id}");
    }
}
