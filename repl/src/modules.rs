//! Where a program's own modules come from: `.mojo` files on disk, next to the program or in a
//! directory given with `-I`. `import a.b` finds `a/b.mojo` or the package `a/b/__init__.mojo`;
//! `from . import m` and `from .m import f` look beside the importing file (each further dot
//! goes one directory up).

use crate::stdlib::EmbeddedStdlib;
use lang::pipeline::SourceProvider;
use std::path::{Path, PathBuf};

pub struct Sources {
    /// The directory of the program being compiled.
    pub root: PathBuf,
    /// `-I` directories, searched after `root`.
    pub include: Vec<PathBuf>,
}

impl Sources {
    pub fn for_program(path: &str, include: &[String]) -> Sources {
        let root = Path::new(path).parent().map(Path::to_path_buf).unwrap_or_default();
        Sources {
            root,
            include: include.iter().map(PathBuf::from).collect(),
        }
    }
}

fn find(dir: &Path, path: &[String]) -> Option<PathBuf> {
    let mut base = dir.to_path_buf();
    for p in path {
        base.push(p);
    }
    let file = base.with_extension("mojo");
    if file.is_file() {
        return Some(file);
    }
    let package = base.join("__init__.mojo");
    package.is_file().then_some(package)
}

impl SourceProvider for Sources {
    fn prelude(&self) -> Vec<(String, String)> {
        EmbeddedStdlib.prelude()
    }

    fn load(&self, from: &str, level: usize, path: &[String]) -> Option<(String, String)> {
        if path.is_empty() {
            return None;
        }
        // The standard library's packages (`import llm.formats.gguf`), and relative imports
        // inside them.
        if level == 0 && crate::stdlib::package_module(&path[..1]).is_some() {
            return crate::stdlib::package_module(path);
        }
        if let Some(inside) = from.strip_prefix("<stdlib>/") {
            let mut dir: Vec<String> = inside.split('/').map(str::to_string).collect();
            dir.pop();
            for _ in 1..level {
                dir.pop();
            }
            dir.extend(path.iter().cloned());
            return crate::stdlib::package_module(&dir);
        }
        let dirs: Vec<PathBuf> = if level == 0 {
            std::iter::once(self.root.clone())
                .chain(self.include.iter().cloned())
                .collect()
        } else {
            let mut d = Path::new(from).parent().map(Path::to_path_buf).unwrap_or_default();
            for _ in 1..level {
                d = d.parent().map(Path::to_path_buf).unwrap_or_default();
            }
            vec![d]
        };
        let file = dirs.iter().find_map(|d| find(d, path))?;
        let text = std::fs::read_to_string(&file).ok()?;
        Some((file.to_string_lossy().into_owned(), text))
    }
}
