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

/// The completer, with the session's names (updated after each input).
#[derive(Clone, Default)]
pub struct Completion {
    names: Rc<RefCell<Vec<String>>>,
}

impl Completion {
    pub fn set(&self, names: Vec<String>) {
        *self.names.borrow_mut() = names;
    }

    /// The candidates for the text before the cursor: where the word being completed starts,
    /// and the words.
    pub fn candidates(&self, before: &str) -> (usize, Vec<String>) {
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let head = before[..start].trim_start();
        let mut out: Vec<String> = if head == "import " || head == "from " {
            MODULES.iter().map(|m| m.to_string()).collect()
        } else if word.contains('.') {
            // Members need the value's type: not completed yet.
            Vec::new()
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
        c.set(vec!["prices".into(), "total".into()]);
        assert_eq!(
            c.candidates("pri"),
            (0, vec!["prices".to_string(), "print".to_string()])
        );
        assert_eq!(c.candidates("x = tot").1, ["total"]);
        assert_eq!(c.candidates("whi").1, ["while"]);
        let (at, m) = c.candidates("from std.ma");
        assert_eq!((at, m), (5, vec!["std.math".to_string()]));
        assert!(c.candidates("xs.app").1.is_empty());
    }
}
