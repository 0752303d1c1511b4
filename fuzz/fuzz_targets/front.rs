//! Any input to lex + layout + parse + resolve + check + MIR verify ends in a program or in
//! diagnostics, never in a panic.
#![no_main]

use lang::pipeline::{compile, SourceProvider};
use lang::source::SourceMap;
use libfuzzer_sys::fuzz_target;

/// The prelude is fixed (and covered by the conformance suite); leaving it out doubles the
/// executions per second spent on the fuzzed text.
struct NoPrelude;

impl SourceProvider for NoPrelude {
    fn prelude(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let text = text.to_string();
        // Like the `mojo-like` binary, compile on a large stack (compile-time evaluation may
        // recurse up to the interpreter's call-depth limit).
        let worker = std::thread::Builder::new().stack_size(4 << 30).spawn(move || {
            let mut map = SourceMap::default();
            let compiled = compile(&mut map, &NoPrelude, "fuzz.mojo", &text);
            for d in &compiled.diags.list {
                let _ = lang::diag::render::render(&map, d);
            }
        });
        if let Ok(Err(panic)) = worker.map(|w| w.join()) {
            std::panic::resume_unwind(panic);
        }
    }
});
