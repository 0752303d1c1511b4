//! Running a program again without compiling it. After a run of the default tier
//! (`--backend auto`, or `--backend llvm`), a manifest is stored in the cache. It is keyed by the
//! main file's path and text, the options that shape the program, and the compiler's build. It
//! holds:
//! - the cache entry of the program's LLVM code;
//! - every module lookup the front end made, and what it found (a file and a hash of its text,
//!   or nothing);
//! - the warnings it printed;
//! - the place of `main`.
//!
//! The next run with the same main file looks the modules up again. If every lookup finds what
//! it found before, the front end would compile the same program, so the cached code runs at
//! once: no parsing, checking or code generation. A program that uses the GPU is not
//! run this way: its kernels need the program's MIR.

use crate::modules::Sources;
use lang::pipeline::SourceProvider;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// One module lookup of the front end: where from, what, and the file found (with a hash of
/// its text).
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    from: String,
    level: usize,
    path: Vec<String>,
    found: Option<(String, u64)>,
}

fn text_hash(text: &str) -> u64 {
    let mut h = jit::cache::Fnv::default();
    text.hash(&mut h);
    h.finish()
}

/// The program's module source, recording each lookup.
pub struct Recording<'s> {
    inner: &'s Sources,
    pub lookups: RefCell<Vec<Lookup>>,
}

impl<'s> Recording<'s> {
    pub fn new(inner: &'s Sources) -> Recording<'s> {
        Recording {
            inner,
            lookups: RefCell::new(Vec::new()),
        }
    }
}

impl SourceProvider for Recording<'_> {
    fn prelude(&self) -> Vec<(String, String)> {
        self.inner.prelude()
    }

    fn load(&self, from: &str, level: usize, path: &[String]) -> Option<(String, String)> {
        let r = self.inner.load(from, level, path);
        self.lookups.borrow_mut().push(Lookup {
            from: from.to_string(),
            level,
            path: path.to_vec(),
            found: r.as_ref().map(|(f, t)| (f.clone(), text_hash(t))),
        });
        r
    }
}

/// What a run left for the next run of the same main file.
#[derive(Debug, PartialEq)]
pub struct Manifest {
    /// The cache entry of the program's code (`jit::cache::host_key`).
    pub object: String,
    /// `main`'s location (for the leak check's message).
    pub main_at: String,
    /// The warnings the front end printed.
    pub diagnostics: String,
    pub lookups: Vec<Lookup>,
}

/// The manifest's key: the main file's path and text, the options that shape the program and
/// this processor and compiler build.
pub fn key(path: &str, text: &str, opts: &crate::driver::RunOptions) -> String {
    let mut h = jit::cache::Fnv::default();
    (path, text, opts.legacy, &opts.include, &opts.device).hash(&mut h);
    jit::cache::BUILD_ID.hash(&mut h);
    jit::cache::host_id().hash(&mut h);
    format!("{:016x}", h.finish())
}

fn put(out: &mut Vec<u8>, s: &str) {
    out.extend((s.len() as u32).to_le_bytes());
    out.extend(s.as_bytes());
}

struct Reader<'b>(&'b [u8]);

impl Reader<'_> {
    fn word(&mut self) -> Option<u32> {
        let (w, rest) = self.0.split_first_chunk::<4>()?;
        self.0 = rest;
        Some(u32::from_le_bytes(*w))
    }
    fn text(&mut self) -> Option<String> {
        let n = self.word()? as usize;
        let s = self.0.get(..n)?;
        self.0 = &self.0[n..];
        String::from_utf8(s.to_vec()).ok()
    }
    fn wide(&mut self) -> Option<u64> {
        let (w, rest) = self.0.split_first_chunk::<8>()?;
        self.0 = rest;
        Some(u64::from_le_bytes(*w))
    }
}

const MAGIC: &[u8; 4] = b"MLR1";

impl Manifest {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        put(&mut out, &self.object);
        put(&mut out, &self.main_at);
        put(&mut out, &self.diagnostics);
        out.extend((self.lookups.len() as u32).to_le_bytes());
        for l in &self.lookups {
            put(&mut out, &l.from);
            out.extend((l.level as u32).to_le_bytes());
            out.extend((l.path.len() as u32).to_le_bytes());
            for p in &l.path {
                put(&mut out, p);
            }
            match &l.found {
                Some((file, hash)) => {
                    out.push(1);
                    put(&mut out, file);
                    out.extend(hash.to_le_bytes());
                }
                None => out.push(0),
            }
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<Manifest> {
        let mut r = Reader(bytes.strip_prefix(MAGIC)?);
        let (object, main_at, diagnostics) = (r.text()?, r.text()?, r.text()?);
        let n = r.word()?;
        let mut lookups = Vec::new();
        for _ in 0..n {
            let from = r.text()?;
            let level = r.word()? as usize;
            let parts = r.word()?;
            let path = (0..parts).map(|_| r.text()).collect::<Option<Vec<_>>>()?;
            let (flag, rest) = r.0.split_first()?;
            r.0 = rest;
            let found = match flag {
                1 => Some((r.text()?, r.wide()?)),
                _ => None,
            };
            lookups.push(Lookup {
                from,
                level,
                path,
                found,
            });
        }
        Some(Manifest {
            object,
            main_at,
            diagnostics,
            lookups,
        })
    }

    pub fn load(key: &str) -> Option<Manifest> {
        let file = jit::cache::path(key, "run")?;
        let m = Manifest::decode(&std::fs::read(&file).ok()?)?;
        jit::cache::touch(&file);
        Some(m)
    }

    pub fn store(&self, key: &str) {
        jit::cache::store(key, "run", &self.encode());
    }

    /// Whether every module lookup finds what it found when the manifest was made.
    pub fn still_holds(&self, sources: &Sources) -> bool {
        self.lookups.iter().all(|l| {
            let now = sources.load(&l.from, l.level, &l.path).map(|(f, t)| (f, text_hash(&t)));
            now == l.found
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_round_trip() {
        let m = Manifest {
            object: "0123456789abcdef".into(),
            main_at: "f.mojo:4:1".into(),
            diagnostics: "warning[E0206]: ...\n".into(),
            lookups: vec![
                Lookup {
                    from: "f.mojo".into(),
                    level: 0,
                    path: vec!["std".into(), "sys".into()],
                    found: None,
                },
                Lookup {
                    from: "f.mojo".into(),
                    level: 1,
                    path: vec!["util".into()],
                    found: Some(("./util.mojo".into(), 42)),
                },
            ],
        };
        assert_eq!(Manifest::decode(&m.encode()), Some(m));
        assert_eq!(Manifest::decode(b"MLR1\x05"), None);
    }

    #[test]
    fn a_new_module_file_that_would_now_be_found_voids_the_manifest() {
        let dir = std::env::temp_dir().join(format!("mojo-like-direct-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let main = dir.join("main.mojo").to_string_lossy().into_owned();
        let sources = Sources::for_program(&main, &[]);
        let rec = Recording::new(&sources);
        assert!(rec.load(&main, 0, &["helper".to_string()]).is_none());
        let m = Manifest {
            object: String::new(),
            main_at: String::new(),
            diagnostics: String::new(),
            lookups: rec.lookups.borrow().clone(),
        };
        assert!(m.still_holds(&sources));
        std::fs::write(dir.join("helper.mojo"), "def f(): pass\n").unwrap();
        assert!(!m.still_holds(&sources));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
