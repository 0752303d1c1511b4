//! Any input to lex + layout + parse + resolve + check + MIR verify ends in a program or in
//! diagnostics, never in a panic.
#![no_main]

use lang::pipeline::{compile, SourceProvider};
use lang::source::SourceMap;
use libfuzzer_sys::fuzz_target;

struct Prelude;

impl SourceProvider for Prelude {
    fn prelude(&self) -> Vec<(String, String)> {
        vec![("prelude.mojo".into(), include_str!("../../stdlib/builtin/prelude.mojo").into())]
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let mut map = SourceMap::default();
        let compiled = compile(&mut map, &Prelude, "fuzz.mojo", text);
        for d in &compiled.diags.list {
            let _ = lang::diag::render::render(&map, d);
        }
    }
});
