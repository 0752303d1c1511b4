//! Tab completion in the REPL: module paths after `import` and `from`, and otherwise the
//! session's variables and definitions, the builtins and the keywords.

use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::cell::RefCell;
use std::rc::Rc;

const KEYWORDS: &[&str] = &[
    "def", "fn", "struct", "trait", "var", "comptime", "alias", "if", "elif", "else", "for", "while", "in", "return",
    "raise", "raises", "try", "except", "finally", "with", "import", "from", "pass", "break", "continue", "and", "or",
    "not", "is", "True", "False", "None", "mut", "out", "ref", "deinit", "self",
];

const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "abs",
    "min",
    "max",
    "round",
    "input",
    "String",
    "Int",
    "UInt",
    "Bool",
    "Float16",
    "Float32",
    "Float64",
    "Int8",
    "Int16",
    "Int32",
    "Int64",
    "UInt8",
    "UInt16",
    "UInt32",
    "UInt64",
    "SIMD",
    "DType",
    "List",
    "Dict",
    "Set",
    "Optional",
    "Tuple",
    "Error",
    "UnsafePointer",
    "Pointer",
    "Span",
    "InlineArray",
    "StringSlice",
    "alloc",
];

const MODULES: &[&str] = &[
    "std.algorithm",
    "std.bit",
    "std.builtin",
    "std.collections",
    "std.hash",
    "std.math",
    "std.memory",
    "std.os.atomic",
    "std.random",
    "std.sys",
    "std.testing",
    "std.time",
    "std.utils",
    "std.gpu",
    "std.gpu.host",
    "max.gpu",
    "max.gpu.host",
    "max.gpu.primitives.warp",
    "max.gpu.primitives.block",
];

/// The completer, with the session's names, its variables' types and its definitions' source
/// (updated after each input).
#[derive(Clone, Default)]
pub struct Completion {
    names: Rc<RefCell<Vec<String>>>,
    types: Rc<RefCell<Vec<(String, String)>>>,
    defs: Rc<RefCell<String>>,
}

/// The fields and methods of struct `name` declared in `source` (the lines one level in from its
/// `struct` line: `var x: ...`, `def f(...`, `fn f(...`).
fn members_in(source: &str, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in source.lines() {
        if !line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            let rest = line.strip_prefix("struct ").unwrap_or("");
            inside = rest.starts_with(name) && rest[name.len()..].starts_with(['[', '(', ':']);
            continue;
        }
        if !inside {
            continue;
        }
        let Some(l) = line.strip_prefix("    ").filter(|l| !l.starts_with([' ', '\t'])) else {
            continue;
        };
        let rest = l
            .strip_prefix("var ")
            .or_else(|| l.strip_prefix("def "))
            .or_else(|| l.strip_prefix("fn "));
        if let Some(rest) = rest {
            let m: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !m.is_empty() {
                out.push(m);
            }
        }
    }
    out
}

impl Completion {
    pub fn set(&self, names: Vec<String>, types: Vec<(String, String)>, defs: String) {
        *self.names.borrow_mut() = names;
        *self.types.borrow_mut() = types;
        *self.defs.borrow_mut() = defs;
    }

    /// The members of variable `var`'s type (a struct of the session or of the standard
    /// library); dunder methods only when the prefix asks for them.
    fn members(&self, var: &str, prefix: &str) -> Vec<String> {
        let types = self.types.borrow();
        let Some((_, ty)) = types.iter().find(|(n, _)| n == var) else {
            return Vec::new();
        };
        let base = ty.split('[').next().unwrap_or(ty);
        let mut found = members_in(&self.defs.borrow(), base);
        if found.is_empty() {
            for (_, text) in lang::pipeline::SourceProvider::prelude(&crate::stdlib::EmbeddedStdlib) {
                found.extend(members_in(&text, base));
            }
        }
        found.retain(|m| !m.starts_with('_') || prefix.starts_with('_'));
        found
    }

    /// The candidates for the text before the cursor: where the word being completed starts,
    /// and the words.
    pub fn candidates(&self, before: &str) -> (usize, Vec<String>) {
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let head = before[..start].trim_start();
        if let Some((var, prefix)) = word.rsplit_once('.') {
            if head == "import " || head == "from " {
                let mut out: Vec<String> = MODULES
                    .iter()
                    .filter(|m| m.starts_with(word))
                    .map(|m| m.to_string())
                    .collect();
                out.retain(|c| c != word);
                return (start, out);
            }
            // A variable's members, completing the part after the dot.
            let mut out: Vec<String> = self.members(var, prefix);
            out.retain(|m| m.starts_with(prefix) && m != prefix);
            out.sort();
            out.dedup();
            return (start + var.len() + 1, out);
        }
        let mut out: Vec<String> = if head == "import " || head == "from " {
            MODULES.iter().map(|m| m.to_string()).collect()
        } else {
            let mut v: Vec<String> = self.names.borrow().clone();
            v.extend(BUILTINS.iter().map(|b| b.to_string()));
            v.extend(KEYWORDS.iter().map(|k| k.to_string()));
            v
        };
        out.retain(|c| c.starts_with(word) && c != word);
        out.sort();
        out.dedup();
        (start, out)
    }
}

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, words) = self.candidates(&line[..pos]);
        Ok((
            start,
            words
                .into_iter()
                .map(|w| Pair {
                    display: w.clone(),
                    replacement: w,
                })
                .collect(),
        ))
    }
}

impl Hinter for Completion {
    type Hint = String;
}
impl Highlighter for Completion {}
impl Validator for Completion {}
impl Helper for Completion {}

#[cfg(test)]
mod tests {
    use super::Completion;

    #[test]
    fn names_builtins_keywords_and_modules() {
        let c = Completion::default();
        let defs = "struct Point:\n    var x: Int\n    var y: Int\n    def norm(self) -> Int:\n        return 0\n";
        c.set(
            vec!["prices".into(), "total".into(), "p".into(), "xs".into()],
            vec![("p".into(), "Point".into()), ("xs".into(), "List[Int]".into())],
            defs.into(),
        );
        assert_eq!(
            c.candidates("pri"),
            (0, vec!["prices".to_string(), "print".to_string()])
        );
        assert_eq!(c.candidates("x = tot").1, ["total"]);
        assert_eq!(c.candidates("whi").1, ["while"]);
        let (at, m) = c.candidates("from std.ma");
        assert_eq!((at, m), (5, vec!["std.math".to_string()]));
        assert_eq!(c.candidates("p.").1, ["norm", "x", "y"]);
        assert_eq!(c.candidates("print(p.n"), (8, vec!["norm".to_string()]));
        assert!(c.candidates("xs.app").1.contains(&"append".to_string()));
        assert!(c.candidates("unknown.x").1.is_empty());
    }
}
