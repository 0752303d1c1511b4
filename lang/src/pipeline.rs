//! The front-to-middle pipeline the driver calls: parse the user's file and the prelude, resolve,
//! check and lower to MIR, verify.

use crate::ast::{Module, StmtKind};
use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::mir::Program;
use crate::source::{SourceMap, Span};
use std::collections::HashMap;

/// Where module sources come from: `lang` does no IO, the driver implements this.
pub trait SourceProvider {
    /// The prelude modules (name, text), auto-imported into every program.
    fn prelude(&self) -> Vec<(String, String)>;

    /// A user module imported by the file named `from` (`level` leading dots: 0 for an absolute
    /// `import a.b`, 1 for `from . import`, ...): its file name and text, or `None` if there is
    /// no such module. `path` is the dotted module path (empty for `from . import x`, where the
    /// imported names are tried as modules).
    fn load(&self, _from: &str, _level: usize, _path: &[String]) -> Option<(String, String)> {
        None
    }
}

pub struct Compiled {
    pub program: Program,
    pub diags: Diagnostics,
}

/// Parse one file; the diagnostics say whether it parsed cleanly.
pub fn parse(map: &mut SourceMap, name: &str, text: &str, diags: &mut Diagnostics) -> (u32, Module) {
    let file = map.add(name, text);
    let mut m = crate::parse::parse_file(file, text, diags);
    hoist_imports(&mut m);
    (file, m)
}

/// An import inside a function (`def root(x): from std.math import sqrt ...`) is made a
/// module-level import too: the module's names are then visible in the whole file (wider than
/// Mojo's function scope, which only matters for a name used outside that function).
fn hoist_imports(m: &mut Module) {
    fn scan(body: &[crate::ast::Stmt], out: &mut Vec<crate::ast::Stmt>) {
        for s in body {
            match &s.kind {
                StmtKind::Import { .. } | StmtKind::FromImport { .. } => out.push(s.clone()),
                StmtKind::Def(f) => scan(&f.body, out),
                StmtKind::Struct(d) => scan(&d.body, out),
                StmtKind::If { arms, orelse, .. } => {
                    for (_, b) in arms {
                        scan(b, out);
                    }
                    scan(orelse.as_deref().unwrap_or(&[]), out);
                }
                StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                    scan(body, out);
                    scan(orelse.as_deref().unwrap_or(&[]), out);
                }
                StmtKind::Try {
                    body, orelse, finally, ..
                } => {
                    scan(body, out);
                    scan(orelse.as_deref().unwrap_or(&[]), out);
                    scan(finally.as_deref().unwrap_or(&[]), out);
                }
                StmtKind::With { body, .. } => scan(body, out),
                _ => {}
            }
        }
    }
    let mut found = Vec::new();
    for s in &m.stmts {
        match &s.kind {
            StmtKind::Def(f) => scan(&f.body, &mut found),
            StmtKind::Struct(d) => scan(&d.body, &mut found),
            _ => {}
        }
    }
    m.stmts.extend(found);
}

/// The imports of a module: (leading dots, dotted path, imported names, span).
fn imports(m: &Module) -> Vec<(usize, Vec<String>, Vec<String>, Span)> {
    let mut out = Vec::new();
    for s in &m.stmts {
        match &s.kind {
            StmtKind::Import { path, .. } => {
                out.push((0, path.iter().map(|n| n.text.clone()).collect(), vec![], s.span));
            }
            StmtKind::FromImport { level, path, names } => out.push((
                *level,
                path.iter().map(|n| n.text.clone()).collect(),
                names.iter().map(|(n, _)| n.text.clone()).collect(),
                s.span,
            )),
            _ => {}
        }
    }
    out
}

/// Which optional stdlib modules a program needs, from its tokens: names they define (`List`,
/// `Dict`, `split`, ...) and collection literals (a `[` or `{` where an expression starts).
#[derive(Default)]
struct StdlibNeeds {
    list: bool,
    dict: bool,
    optional: bool,
    string: bool,
    array: bool,
    span: bool,
    deque: bool,
    counter: bool,
    range: bool,
    slice: bool,
    math: bool,
    numbers: bool,
    io: bool,
    testing: bool,
    file: bool,
    variant: bool,
    sys: bool,
    time: bool,
    random: bool,
    pointers: bool,
    gpu: bool,
}

impl StdlibNeeds {
    fn includes(&self, module: &str) -> bool {
        let optional = [
            ("collections/list.mojo", self.list),
            ("collections/dict.mojo", self.dict),
            ("collections/optional.mojo", self.optional),
            ("collections/array.mojo", self.array),
            ("collections/span.mojo", self.span),
            ("collections/deque.mojo", self.deque),
            ("collections/counter.mojo", self.counter),
            ("builtin/range.mojo", self.range),
            ("collections/slice.mojo", self.slice),
            ("builtin/string.mojo", self.string),
            ("builtin/math.mojo", self.math),
            ("builtin/numbers.mojo", self.numbers),
            ("builtin/io.mojo", self.io),
            ("testing/testing.mojo", self.testing),
            ("builtin/file.mojo", self.file),
            ("utils/variant.mojo", self.variant),
            ("sys/sys.mojo", self.sys),
            ("time/time.mojo", self.time),
            ("random/random.mojo", self.random),
            ("memory/pointers.mojo", self.pointers),
            ("gpu/gpu.mojo", self.gpu),
            ("gpu/host.mojo", self.gpu),
        ];
        optional
            .iter()
            .find(|(file, _)| module.ends_with(file))
            .is_none_or(|(_, needed)| *needed)
    }
}

fn stdlib_needs(texts: &[String], legacy: bool) -> StdlibNeeds {
    use crate::lex::Tok;
    use logos::Logos;
    // Older Mojo's `s[i]` and `len(s)` use the string module.
    let mut n = StdlibNeeds {
        string: legacy,
        ..Default::default()
    };
    for text in texts {
        // Whether the previous token ends an expression (then `[` is a subscript, `{` a block).
        let mut after_value = false;
        for tok in Tok::lexer(text).flatten() {
            match &tok {
                Tok::Ident(s) => match s.as_str() {
                    "List" | "sort" | "sorted" | "reversed" | "any" | "all" => n.list = true,
                    "Dict" | "DictEntry" | "Set" | "collections" | "Hasher" | "__hash__" => n.dict = true,
                    "Optional" => n.optional = true,
                    "Variant" => n.variant = true,
                    // (`from std.sys import argv`: the module's name is in the program.)
                    "sys" => {
                        n.sys = true;
                        n.list = true;
                    }
                    "time" => n.time = true,
                    // (`from max.gpu import ...`, `from std.atomic import Atomic`,
                    // `from std.memory import stack_allocation`.)
                    "gpu" | "Atomic" | "atomic" | "AddressSpace" | "stack_allocation" | "DeviceContext" => {
                        n.gpu = true;
                        n.sys = true;
                        n.list = true;
                    }
                    // (`shuffle` takes a `List`.)
                    "random" => {
                        n.random = true;
                        n.list = true;
                    }
                    "OwnedPointer" | "ArcPointer" => n.pointers = true,
                    "Array" | "InlineArray" => n.array = true,
                    "Span" | "ContiguousSlice" | "StridedSlice" => n.span = true,
                    "Slice" => {
                        n.slice = true;
                        n.span = true;
                        n.optional = true;
                    }
                    "Deque" => n.deque = true,
                    "range" => n.range = true,
                    // A `Counter` is a `Dict` inside.
                    "Counter" => {
                        n.counter = true;
                        n.dict = true;
                    }
                    // (`e` is also a common variable name: `from std.math import e` names `math`.)
                    "math" => n.math = true,
                    s if s != "e" && crate::resolve::std_modules::MATH_STDLIB.contains(&s) => n.math = true,
                    "round" | "hex" | "bin" | "oct" => n.numbers = true,
                    // (`atol` is in the numbers module and uses the string module.)
                    "atol" => {
                        n.numbers = true;
                        n.string = true;
                    }
                    "input" | "StopIteration" => n.io = true,
                    "open" | "FileHandle" => {
                        n.file = true;
                        n.string = true;
                    }
                    "testing" => {
                        n.testing = true;
                        n.string = true;
                    }
                    "split"
                    | "join"
                    | "byte"
                    | "codepoint"
                    | "grapheme"
                    | "splitlines"
                    | "removeprefix"
                    | "ascii_ljust"
                    | "ascii_rjust"
                    | "ascii_center"
                    | "from_utf8"
                    | "__contains__"
                    | "unsafe_from_utf8"
                    | "removesuffix"
                    | "is_ascii_digit"
                    | "is_ascii_whitespace"
                    | "is_ascii_printable"
                    | "isspace"
                    | "islower"
                    | "isupper"
                    | "startswith"
                    | "endswith"
                    | "codepoints"
                    | "count_codepoints"
                    | "codepoint_slices"
                    | "Codepoint"
                    | "as_bytes"
                    | "format"
                    | "ascii"
                    | "upper"
                    | "lower"
                    | "strip"
                    | "lstrip"
                    | "rstrip"
                    | "find"
                    | "rfind"
                    | "replace"
                    | "count"
                    | "ord"
                    | "chr"
                    | "repr"
                    | "hash"
                    // Older Mojo's `s[i]` and `len(s)` (legacy mode) use the string module.
                    | "inout"
                    | "owned"
                    | "borrowed" => n.string = true,
                    _ => {}
                },
                Tok::Fn | Tok::Alias | Tok::TStr(_) => n.string = true,
                Tok::LBracket if !after_value => n.list = true,
                Tok::LBrace if !after_value => n.dict = true,
                // `*args: T` gathers its arguments in a `List`.
                Tok::Star if !after_value => n.list = true,
                _ => {}
            }
            after_value = matches!(
                tok,
                Tok::Ident(_)
                    | Tok::Int(_)
                    | Tok::Float(_)
                    | Tok::Str(_)
                    | Tok::RParen
                    | Tok::RBracket
                    | Tok::RBrace
                    | Tok::True
                    | Tok::False
                    | Tok::None
            );
        }
    }
    // What the modules themselves use (a `Dict` hashes `String` keys with the string module's
    // `_str_hash`).
    if n.dict {
        n.string = true;
        n.list = true;
        n.optional = true;
    }
    if n.string || n.array || n.span {
        n.list = true;
    }
    // `Codepoint.from_u32` gives an `Optional`.
    if n.string {
        n.optional = true;
    }
    // `List` and `Array` have slices, which give spans.
    if n.list {
        n.span = true;
    }
    n
}

/// Whether checking would only add noise: with syntax errors, the tree is incomplete.
fn has_syntax_errors(diags: &Diagnostics) -> bool {
    diags.list.iter().any(|d| d.code.0 < 200)
}

pub fn compile(map: &mut SourceMap, provider: &dyn SourceProvider, name: &str, text: &str) -> Compiled {
    compile_with(map, provider, name, text, false)
}

/// `compile`, in legacy mode if `legacy` (see `resolve::legacy`).
pub fn compile_with(
    map: &mut SourceMap,
    provider: &dyn SourceProvider,
    name: &str,
    text: &str,
    legacy: bool,
) -> Compiled {
    let mut diags = Diagnostics::default();
    let mut modules = Vec::new();
    let (file, user) = parse(map, name, text, &mut diags);
    let mut texts: Vec<String> = vec![text.to_string()];
    // The user's modules: every import that is not the standard library, transitively.
    let mut user_modules: Vec<(Module, String)> = Vec::new();
    let mut loaded: HashMap<String, String> = HashMap::new();
    let mut queue: Vec<(String, Module)> = vec![(name.to_string(), user)];
    let mut user_module = None;
    while let Some((from, m)) = queue.pop() {
        for (level, path, names, span) in imports(&m) {
            let full = path.join(".");
            if level == 0 && crate::resolve::std_modules::canonical(&full).is_some() {
                continue;
            }
            // `from . import a, b` tries each name as a module; otherwise the path is the module.
            let candidates: Vec<(Vec<String>, String)> = if path.is_empty() {
                names.iter().map(|n| (vec![n.clone()], n.clone())).collect()
            } else {
                vec![(path.clone(), full.clone())]
            };
            for (p, key) in candidates {
                let key = format!("{level}:{from}:{key}");
                if loaded.contains_key(&key) {
                    continue;
                }
                if let Some((mname, mtext)) = provider.load(&from, level, &p) {
                    let already = loaded.values().any(|v| *v == mname);
                    loaded.insert(key, mname.clone());
                    if already || mname == name {
                        continue;
                    }
                    let (_, module) = parse(map, &mname, &mtext, &mut diags);
                    texts.push(mtext);
                    queue.push((mname.clone(), module.clone()));
                    user_modules.push((module, mname));
                } else {
                    let shown = format!("{}{}", ".".repeat(level), p.join("."));
                    let at = Span::new(span.file, span.lo as usize, span.hi as usize);
                    let names: Vec<crate::ast::Name> = vec![crate::ast::Name {
                        text: shown.clone(),
                        span: at,
                    }];
                    diags.push(crate::resolve::unknown_module(&shown, &names));
                }
            }
        }
        if user_module.is_none() {
            user_module = Some(m);
        }
    }
    // The prelude: the core always, the rest of the stdlib when the program needs it (parsing it
    // is most of the start-up time of a small program).
    let needs = stdlib_needs(&texts, legacy);
    for (pname, ptext) in provider.prelude() {
        if !needs.includes(&pname) {
            continue;
        }
        let (_, m) = parse(map, &pname, &ptext, &mut diags);
        modules.push((m, true));
    }
    for (m, _) in user_modules.drain(..) {
        modules.push((m, false));
    }
    modules.push((user_module.expect("the user's module is queued first"), false));
    if has_syntax_errors(&diags) {
        return Compiled {
            program: Program::default(),
            diags,
        };
    }
    let refs: Vec<(&Module, bool)> = modules.iter().map(|(m, s)| (m, *s)).collect();
    let legacy = legacy || crate::resolve::legacy::removed_keyword(&texts);
    let mut items = crate::resolve::resolve(&refs, legacy, &mut diags);
    items.user_file = file;
    let synthesized = crate::check::Synthesized::default();
    let mut program = crate::check::check_program(&items, &synthesized, map, &mut diags);
    crate::mir::cleanup::remove_unreachable_blocks(&mut program);
    crate::mir::contract::contract_program(&mut program);
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

#[cfg(test)]
mod tests {
    use super::*;

    struct NoPrelude;
    impl SourceProvider for NoPrelude {
        fn prelude(&self) -> Vec<(String, String)> {
            Vec::new()
        }
    }

    /// The MIR text form is stable: a change to it shows up here first.
    #[test]
    fn mir_dump_snapshot() {
        let src = "def twice(x: Int) -> Int:\n    return x * 2\n\ndef main():\n    var t = twice(21)\n    if t > 40:\n        print(t)\n";
        let mut map = SourceMap::default();
        let c = compile(&mut map, &NoPrelude, "t.mojo", src);
        assert!(c.diags.list.is_empty(), "{:?}", c.diags.list);
        let main = c.program.main.unwrap();
        let text = crate::mir::display::program(&c.program, &c.program.reachable(main));
        let want = "\
fn main() -> None {
    let _0: Int;
    let _1: Int;  // t
    let _2: Bool;
  bb0:
    _0 = call twice(21) -> bb1;
  bb1:
    _1 = _0;
    _2 = IntGt(_1, 40);
    branch _2 ? bb3 : bb4;
  bb2:
    return none;
  bb3:
    @write_int(_1);
    @write_str(\"\\n\");
    goto bb2;
  bb4:
    goto bb2;
}
fn twice(_0: Int) -> Int {
    let _0: Int;  // x
    let _1: Int;
  bb0:
    _1 = IntMul(_0, 2);
    return _1;
}
";
        assert_eq!(text, want);
    }

    fn calls_in_main(src: &str) -> usize {
        let mut map = SourceMap::default();
        let mut c = compile(&mut map, &NoPrelude, "t.mojo", src);
        assert!(c.diags.list.is_empty(), "{:?}", c.diags.list);
        crate::mir::inline::inline_small_calls(&mut c.program);
        let main = c.program.main.unwrap();
        c.program.funcs[main as usize]
            .blocks
            .iter()
            .filter(|b| matches!(b.term, crate::mir::Terminator::Call { .. }))
            .count()
    }

    /// A function too big for the size limit is inlined when it is declared `@always_inline`.
    #[test]
    fn always_inline_lifts_the_size_limit() {
        let body = "    var s = x\n".to_string() + &"    s = s * 3 + 1\n".repeat(40) + "    return s\n";
        let plain = format!("def big(x: Int) -> Int:\n{body}\ndef main():\n    print(big(2))\n");
        let forced = format!("@always_inline\n{plain}");
        assert_eq!(calls_in_main(&plain), 1);
        assert_eq!(calls_in_main(&forced), 0);
    }

    /// Reading one field through a pointer loads that field, and updating one stores it.
    #[test]
    fn fields_are_accessed_in_place() {
        let src = "struct P:\n    var x: Int\n    var y: Int\n    var z: Int\n    def __init__(out self):\n        self.x = 1\n        self.y = 2\n        self.z = 3\n\ndef main():\n    var a = P()\n    var p = Pointer(to=a)\n    p[].y += p[].x\n    print(p[].y)\n";
        let mut map = SourceMap::default();
        let mut c = compile(&mut map, &NoPrelude, "t.mojo", src);
        assert!(c.diags.list.is_empty(), "{:?}", c.diags.list);
        let main = c.program.main.unwrap() as usize;
        let whole = |p: &Program| {
            p.funcs[main]
                .blocks
                .iter()
                .flat_map(|b| &b.stmts)
                .filter(|s| matches!((&s.value, s.dest), (crate::mir::Rvalue::Load(_), Some(d)) if matches!(p.funcs[main].local_ty(d), crate::mir::Ty::Struct(_))))
                .count()
        };
        let before = whole(&c.program);
        crate::mir::fields::access_fields_in_place(&mut c.program);
        // The last read stays whole: the value also goes into the statement's end marker.
        assert_eq!(
            (before, whole(&c.program)),
            (4, 1),
            "{}",
            crate::mir::display::program(&c.program, &[main as u32])
        );
        assert!(crate::mir::verify::verify(&c.program).is_empty());
    }
}
