//! The front-to-middle pipeline the driver calls: parse the user's file and the prelude, resolve,
//! check and lower to MIR, verify.

use crate::ast::Module;
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::mir::Program;
use crate::source::{SourceMap, Span};

/// Where module sources come from: `lang` does no IO, the driver implements this.
pub trait SourceProvider {
    /// The prelude modules (name, text), auto-imported into every program.
    fn prelude(&self) -> Vec<(String, String)>;
}

pub struct Compiled {
    pub program: Program,
    pub diags: Diagnostics,
}

/// Parse one file; the diagnostics say whether it parsed cleanly.
pub fn parse(map: &mut SourceMap, name: &str, text: &str, diags: &mut Diagnostics) -> (u32, Module) {
    let file = map.add(name, text);
    let m = crate::parse::parse_file(file, text, diags);
    (file, m)
}

/// Whether checking would only add noise: with syntax errors, the tree is incomplete.
fn has_syntax_errors(diags: &Diagnostics) -> bool {
    diags.list.iter().any(|d| d.code.0 < 200)
}

pub fn compile(map: &mut SourceMap, provider: &dyn SourceProvider, name: &str, text: &str) -> Compiled {
    let mut diags = Diagnostics::default();
    let mut modules = Vec::new();
    for (pname, ptext) in provider.prelude() {
        let (_, m) = parse(map, &pname, &ptext, &mut diags);
        modules.push((m, true));
    }
    let (file, user) = parse(map, name, text, &mut diags);
    modules.push((user, false));
    if has_syntax_errors(&diags) {
        return Compiled {
            program: Program::default(),
            diags,
        };
    }
    let refs: Vec<(&Module, bool)> = modules.iter().map(|(m, s)| (m, *s)).collect();
    let mut items = crate::resolve::resolve(&refs, &mut diags);
    items.user_file = file;
    let program = crate::check::check_program(&items, &mut diags);
    if !diags.has_errors() {
        for e in crate::mir::verify::verify(&program) {
            diags.push(Diagnostic::error(
                Code::UNSUPPORTED,
                Span::new(file, 0, 0),
                format!("internal compiler error: MIR verification failed: {e}"),
            ));
        }
    }
    Compiled { program, diags }
}
