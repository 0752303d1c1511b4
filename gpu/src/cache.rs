//! The on-disk cache of what LLVM compiles: kernels' PTX and AMDGPU code objects keyed by a hash
//! of the kernel's MIR (and every function it calls), the target and the compiler's version, and
//! whole programs' host code (`crate::host`), under `~/.cache/mojo-like/kernels`
//! (`$MOJO_LIKE_CACHE` overrides it; an empty value turns the cache off). Code unchanged since
//! an earlier run skips LLVM altogether.

use crate::target::Target;
use crate::{emit, Artifact};
use lang::mir::{FuncId, Program};
use std::hash::Hash;

pub use jit::cache::dir;

/// The key of kernel `k` for `target`: a hash of its MIR text and its callees' (with the
/// compiler's build, `jit::cache::hash_mir`) and the target.
pub fn key(program: &Program, k: FuncId, target: &Target) -> String {
    let mut h = jit::cache::Fnv::default();
    jit::cache::hash_mir(&mut h, program, k);
    target.arch().hash(&mut h);
    format!("{:016x}-{}", h.0, target.arch())
}

/// The PTX of kernel `k` for `target`: from the cache, or compiled (and then cached).
pub fn ptx(program: &Program, k: FuncId, target: &Target) -> Result<String, String> {
    let bytes = cached(program, k, target, "ptx", || {
        emit(program, k, target, Artifact::Ptx).map(String::into_bytes)
    })?;
    String::from_utf8(bytes).map_err(|_| "a cached PTX file is not text".to_string())
}

/// The AMDGPU code object of kernel `k` for `target` (code object version `version`, as for
/// `amdgpu_code_object`): from the cache, or compiled and linked (and then cached).
pub fn code_object(program: &Program, k: FuncId, target: &Target, version: Option<u32>) -> Result<Vec<u8>, String> {
    let kind = match version {
        Some(v) => format!("v{v}.hsaco"),
        None => "hsaco".to_string(),
    };
    cached(program, k, target, &kind, || {
        crate::amdgpu_code_object(program, k, target, version)
    })
}

/// The cache entry `KEY.EXT`, made by `make` when missing.
fn cached(
    program: &Program,
    k: FuncId,
    target: &Target,
    ext: &str,
    make: impl FnOnce() -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    entry(&key(program, k, target), ext, make)
}

/// The cache entry `key.ext`, made by `make` when missing (or when caching is off).
fn entry(key: &str, ext: &str, make: impl FnOnce() -> Result<Vec<u8>, String>) -> Result<Vec<u8>, String> {
    if let Some(bytes) = jit::cache::path(key, ext).and_then(|f| std::fs::read(f).ok()) {
        return Ok(bytes);
    }
    let bytes = make()?;
    jit::cache::store(key, ext, &bytes);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program whose only function is a kernel that stores its thread id.
    fn program(body_value: i64) -> (Program, FuncId) {
        use lang::mir::*;
        let ptr = Ty::Ptr(Box::new(Ty::Simd(lang::dtype::DType::I64, 1)));
        let f = Function {
            name: "k".into(),
            params: vec![0],
            ret: Ty::None,
            raises: false,
            error: Ty::Error,
            locals: vec![LocalDecl {
                ty: ptr,
                name: Some("p".into()),
                owner: false,
                addressed: false,
            }],
            blocks: vec![Block {
                stmts: vec![Statement {
                    dest: None,
                    value: Rvalue::Store(
                        Operand::Local(0),
                        Operand::Const(Const::Scalar(lang::dtype::DType::I64, body_value as u64)),
                    ),
                    span: lang::source::Span::new(0, 0, 0),
                }],
                term: Terminator::Return(Operand::Const(Const::None)),
            }],
            span: lang::source::Span::new(0, 0, 0),
        };
        (
            Program {
                funcs: vec![f],
                ..Program::default()
            },
            0,
        )
    }

    #[test]
    fn keys_follow_the_kernel_and_the_target() {
        let (a, k) = program(1);
        let (b, _) = program(2);
        let sm90 = Target::parse("sm_90").unwrap();
        let sm80 = Target::parse("sm_80").unwrap();
        assert_eq!(key(&a, k, &sm90), key(&a, k, &sm90));
        assert_ne!(key(&a, k, &sm90), key(&b, k, &sm90));
        assert_ne!(key(&a, k, &sm90), key(&a, k, &sm80));
        assert!(key(&a, k, &sm90).ends_with("-sm_90"));
    }

    /// The tests that point `MOJO_LIKE_CACHE` somewhere take turns.
    static ENV: std::sync::Mutex<()> = std::sync::Mutex::new(());

    #[test]
    fn a_cached_kernel_is_read_back_not_compiled() {
        let _turn = ENV.lock().unwrap_or_else(|e| e.into_inner());
        let dir = std::env::temp_dir().join(format!("mojo-like-cache-test-{}", std::process::id()));
        std::env::set_var("MOJO_LIKE_CACHE", &dir);
        let (p, k) = program(7);
        let t = Target::parse("sm_90").unwrap();
        let first = ptx(&p, k, &t).unwrap();
        assert!(first.contains(".entry k"), "{first}");
        // A different text in the cache file is what the next run gets.
        let file = dir.join(format!("{}.ptx", key(&p, k, &t)));
        std::fs::write(&file, "// from the cache\n").unwrap();
        assert_eq!(ptx(&p, k, &t).unwrap(), "// from the cache\n");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A program whose `main` prints 42.
    fn printing_main() -> Program {
        use lang::mir::*;
        let span = lang::source::Span::new(0, 0, 0);
        let main = Function {
            name: "main".into(),
            params: vec![],
            ret: Ty::None,
            raises: false,
            error: Ty::Error,
            locals: vec![],
            blocks: vec![Block {
                stmts: vec![Statement {
                    dest: None,
                    value: Rvalue::Intrinsic(Intrinsic::WriteInt, vec![Operand::Const(Const::Int(42))]),
                    span,
                }],
                term: Terminator::Return(Operand::Const(Const::None)),
            }],
            span,
        };
        Program {
            funcs: vec![main],
            main: Some(0),
            ..Program::default()
        }
    }

    #[test]
    fn host_code_is_cached_and_a_damaged_entry_is_recompiled() {
        let _turn = ENV.lock().unwrap_or_else(|e| e.into_inner());
        let dir = std::env::temp_dir().join(format!("mojo-like-host-cache-test-{}", std::process::id()));
        std::env::set_var("MOJO_LIKE_CACHE", &dir);
        let p = printing_main();
        let locate = |_: lang::source::Span| "f.mojo:1:1".to_string();
        let finished = |r: Result<jit::Outcome, String>| matches!(r, Ok(jit::Outcome::Finished));
        assert!(finished(crate::host::run(&p, 0, &locate)));
        let file = dir.join(format!("{}.host.o", jit::cache::host_key(&p, 0, &locate)));
        let first = std::fs::read(&file).expect("the object was cached");
        assert!(first.starts_with(b"MLH1"));
        // Read back, not compiled again: the file is unchanged.
        assert!(finished(crate::host::run(&p, 0, &locate)));
        assert_eq!(std::fs::read(&file).unwrap(), first);
        // Another source location is another entry (error messages carry it).
        let elsewhere = |_: lang::source::Span| "g.mojo:2:1".to_string();
        assert_ne!(
            jit::cache::host_key(&p, 0, &locate),
            jit::cache::host_key(&p, 0, &elsewhere)
        );
        // A damaged entry is compiled afresh.
        std::fs::write(&file, b"garbage").unwrap();
        assert!(finished(crate::host::run(&p, 0, &locate)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
