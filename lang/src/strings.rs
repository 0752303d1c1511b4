//! `String` methods the language cannot express yet (it has no pointers or byte access): one
//! definition of each, shared by the interpreter and the JIT runtime. They move into the
//! stdlib's own `String` when the language can write them.

use crate::mir::Ty;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrMethod {
    Upper,
    Lower,
    Strip,
    LStrip,
    RStrip,
    StartsWith,
    EndsWith,
    Find,
    RFind,
    Replace,
    Count,
    /// `ord(s)`: the code point of a one-character string.
    Ord,
    /// `chr(i)`: the one-character string of a code point.
    Chr,
    /// `s.__hash__()` / `hash(s)`: FNV-1a over the bytes.
    Hash,
    /// `repr(s)`: the text in single quotes with escapes (`'it\'s\n'`).
    Repr,
}

/// Characters `strip()` removes when given none.
pub const WHITESPACE: &str = " \t\n\r\x0b\x0c";

pub const ALL: [StrMethod; 15] = [
    StrMethod::Upper,
    StrMethod::Lower,
    StrMethod::Strip,
    StrMethod::LStrip,
    StrMethod::RStrip,
    StrMethod::StartsWith,
    StrMethod::EndsWith,
    StrMethod::Find,
    StrMethod::RFind,
    StrMethod::Replace,
    StrMethod::Count,
    StrMethod::Ord,
    StrMethod::Chr,
    StrMethod::Hash,
    StrMethod::Repr,
];

pub enum Arg<'a> {
    S(&'a str),
    I(i64),
}

pub enum Out {
    S(String),
    I(i64),
    B(bool),
}

impl StrMethod {
    pub fn name(self) -> &'static str {
        match self {
            StrMethod::Upper => "upper",
            StrMethod::Lower => "lower",
            StrMethod::Strip => "strip",
            StrMethod::LStrip => "lstrip",
            StrMethod::RStrip => "rstrip",
            StrMethod::StartsWith => "startswith",
            StrMethod::EndsWith => "endswith",
            StrMethod::Find => "find",
            StrMethod::RFind => "rfind",
            StrMethod::Replace => "replace",
            StrMethod::Count => "count",
            StrMethod::Ord => "ord",
            StrMethod::Chr => "chr",
            StrMethod::Hash => "__hash__",
            StrMethod::Repr => "__repr__",
        }
    }

    /// A method of `String` (not `ord`/`chr`, which are free functions).
    pub fn method(name: &str) -> Option<StrMethod> {
        ALL.iter()
            .copied()
            .find(|m| m.name() == name && !matches!(m, StrMethod::Ord | StrMethod::Chr))
    }

    pub fn code(self) -> i64 {
        ALL.iter().position(|m| *m == self).unwrap() as i64
    }

    pub fn from_code(code: i64) -> Option<StrMethod> {
        ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// Every argument, receiver first, after defaults are filled in.
    pub fn params(self) -> Vec<Ty> {
        use StrMethod::*;
        match self {
            Upper | Lower => vec![Ty::String],
            Strip | LStrip | RStrip | StartsWith | EndsWith | Count => vec![Ty::String, Ty::String],
            Find | RFind => vec![Ty::String, Ty::String, Ty::Int],
            Replace => vec![Ty::String, Ty::String, Ty::String],
            Ord | Hash | Repr => vec![Ty::String],
            Chr => vec![Ty::Int],
        }
    }

    /// How many trailing arguments may be left out (they get defaults).
    pub fn optional(self) -> usize {
        match self {
            StrMethod::Strip | StrMethod::LStrip | StrMethod::RStrip | StrMethod::Find | StrMethod::RFind => 1,
            _ => 0,
        }
    }

    pub fn result(self) -> Ty {
        use StrMethod::*;
        match self {
            Upper | Lower | Strip | LStrip | RStrip | Replace | Chr | Repr => Ty::String,
            StartsWith | EndsWith => Ty::Bool,
            Find | RFind | Count | Ord | Hash => Ty::Int,
        }
    }
}

fn s<'a>(a: &'a Arg) -> &'a str {
    match a {
        Arg::S(s) => s,
        Arg::I(_) => "",
    }
}

fn i(a: &Arg) -> i64 {
    match a {
        Arg::I(i) => *i,
        Arg::S(_) => 0,
    }
}

pub fn apply(m: StrMethod, a: &[Arg]) -> Out {
    use StrMethod::*;
    match m {
        Upper => Out::S(s(&a[0]).to_uppercase()),
        Lower => Out::S(lower(s(&a[0]))),
        Strip => Out::S(s(&a[0]).trim_matches(|c| s(&a[1]).contains(c)).to_string()),
        LStrip => Out::S(s(&a[0]).trim_start_matches(|c| s(&a[1]).contains(c)).to_string()),
        RStrip => Out::S(s(&a[0]).trim_end_matches(|c| s(&a[1]).contains(c)).to_string()),
        StartsWith => Out::B(s(&a[0]).starts_with(s(&a[1]))),
        EndsWith => Out::B(s(&a[0]).ends_with(s(&a[1]))),
        Find => {
            let (hay, start) = (s(&a[0]), i(&a[2]).max(0) as usize);
            let found = hay
                .get(start..)
                .and_then(|rest| rest.find(s(&a[1])))
                .map(|p| (p + start) as i64);
            Out::I(found.unwrap_or(-1))
        }
        RFind => {
            let (hay, start) = (s(&a[0]), i(&a[2]).max(0) as usize);
            let found = hay
                .get(start..)
                .and_then(|rest| rest.rfind(s(&a[1])))
                .map(|p| (p + start) as i64);
            Out::I(found.unwrap_or(-1))
        }
        Replace => Out::S(s(&a[0]).replace(s(&a[1]), s(&a[2]))),
        // Like Mojo: the empty string occurs at every byte offset, and once more at the end.
        Count if s(&a[1]).is_empty() => Out::I(s(&a[0]).len() as i64 + 1),
        Count => Out::I(s(&a[0]).matches(s(&a[1])).count() as i64),
        Ord => Out::I(s(&a[0]).chars().next().map(|c| c as i64).unwrap_or(0)),
        Hash => Out::I(s(&a[0]).bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
        }) as i64),
        Repr => Out::S(repr(s(&a[0]))),
        Chr => Out::S(
            u32::try_from(i(&a[0]))
                .ok()
                .and_then(char::from_u32)
                .map(String::from)
                .unwrap_or_default(),
        ),
    }
}

/// Mojo's `repr` of a string: in single quotes, with `\\`, `\'`, `\n`, `\t`, `\r` escaped and the
/// other ASCII control characters as `\xNN`; other characters as they are.
pub fn repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Mojo 1.2's `lower()`: each character's lower case on its own (no final-sigma rule: `Σ` is
/// always `σ`), and `İ` (U+0130) is a plain `i`.
fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\u{130}' {
            out.push('i');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}
