//! Tokens, produced by a `logos` lexer. Horizontal whitespace and comments are skipped; `\`
//! line continuations are skipped; newlines are kept for the layout pass.

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::source::Span;
use logos::Logos;

#[derive(Default, Debug, Clone, PartialEq)]
pub enum LexError {
    #[default]
    Invalid,
    Number,
    Escape(String),
}

fn int_lit(lex: &mut logos::Lexer<Tok>) -> Result<i128, LexError> {
    let s: String = lex.slice().chars().filter(|c| *c != '_').collect();
    let (digits, radix) = match s.get(..2) {
        Some("0x") | Some("0X") => (&s[2..], 16),
        Some("0o") | Some("0O") => (&s[2..], 8),
        Some("0b") | Some("0B") => (&s[2..], 2),
        _ => (&s[..], 10),
    };
    if radix == 10 && digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
        return Err(LexError::Number);
    }
    i128::from_str_radix(digits, radix).map_err(|_| LexError::Number)
}

fn float_lit(lex: &mut logos::Lexer<Tok>) -> String {
    lex.slice().chars().filter(|c| *c != '_').collect()
}

fn string_lit(lex: &mut logos::Lexer<Tok>) -> Result<String, LexError> {
    let s = lex.slice();
    let raw = s.starts_with(['r', 'R']);
    let s = if raw { &s[1..] } else { s };
    let q = if s.starts_with("\"\"\"") || s.starts_with("'''") {
        3
    } else {
        1
    };
    let body = &s[q..s.len() - q];
    if raw {
        return Ok(body.to_string());
    }
    unescape(body)
}

fn tstring_lit(lex: &mut logos::Lexer<Tok>) -> String {
    lex.slice().to_string()
}

pub fn unescape(body: &str) -> Result<String, LexError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = chars.next().ok_or(LexError::Escape("\\".into()))?;
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0' => out.push('\0'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            '\n' => {}
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = chars.by_ref().take(n).collect();
                let v = u32::from_str_radix(&hex, 16).ok().filter(|_| hex.len() == n);
                match v.and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => return Err(LexError::Escape(format!("\\{e}{hex}"))),
                }
            }
            other => return Err(LexError::Escape(format!("\\{other}"))),
        }
    }
    Ok(out)
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\f\r]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
#[logos(skip r"\\\r?\n")]
pub enum Tok {
    #[token("\n")]
    Newline,
    // Produced by the layout pass only.
    Indent,
    Dedent,
    /// A postfix `^` (ownership transfer), told apart from xor by the layout pass.
    Transfer,
    /// `where` in a function signature (the layout pass).
    Where,
    /// `capturing`/`escaping` after a function's arguments (the layout pass).
    Capturing,
    /// `ref` in `for ref x in xs` (the layout pass).
    RefBind,
    /// `ref` starting a reference result type `-> ref [origin] T` (the layout pass).
    RefResult,

    // Any run of letters and digits after a digit is one number token, validated by `int_lit`,
    // so `0b102` or `0x` is one "invalid number" error rather than several tokens.
    #[regex(r"[0-9][0-9A-Za-z_]*", int_lit, priority = 2)]
    Int(i128),
    #[regex(
        r"([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9_]+)?|[0-9][0-9_]*[eE][+-]?[0-9_]+",
        float_lit,
        priority = 3
    )]
    Float(String),
    #[regex(r#""([^"\\\n]|\\.|\\\n)*""#, string_lit)]
    #[regex(r#"'([^'\\\n]|\\.|\\\n)*'"#, string_lit)]
    #[regex(r#""""([^"\\]|\\.|"[^"]|""[^"])*""""#, string_lit)]
    #[regex(r#"'''([^'\\]|\\.|'[^']|''[^'])*'''"#, string_lit)]
    #[regex(r#"[rR]"[^"\n]*""#, string_lit)]
    #[regex(r#"[rR]'[^'\n]*'"#, string_lit)]
    Str(String),
    /// `t"..."`: a template string, kept as written (quotes included, so that tokens stay small);
    /// `tstring.rs` splits it into text and `{expressions}`.
    #[regex(r#"t"([^"\\\n]|\\.)*""#, tstring_lit)]
    #[regex(r#"t'([^'\\\n]|\\.)*'"#, tstring_lit)]
    #[regex(r#"t"""([^"\\]|\\.|"[^"]|""[^"])*""""#, tstring_lit)]
    TStr(String),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice().to_string(), priority = 1)]
    Ident(String),

    #[token("def")]
    Def,
    #[token("fn")]
    Fn,
    #[token("struct")]
    Struct,
    #[token("trait")]
    Trait,
    #[token("var")]
    Var,
    #[token("alias")]
    Alias,
    #[token("comptime")]
    Comptime,
    #[token("if")]
    If,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("while")]
    While,
    #[token("for")]
    For,
    #[token("in")]
    In,
    #[token("break")]
    Break,
    #[token("continue")]
    Continue,
    #[token("pass")]
    Pass,
    #[token("return")]
    Return,
    #[token("raise")]
    Raise,
    #[token("raises")]
    Raises,
    #[token("try")]
    Try,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("with")]
    With,
    #[token("match")]
    Match,
    #[token("case")]
    Case,
    #[token("as")]
    As,
    #[token("import")]
    Import,
    #[token("from")]
    From,
    #[token("and")]
    And,
    #[token("or")]
    Or,
    #[token("not")]
    Not,
    #[token("is")]
    Is,
    #[token("assert")]
    Assert,
    #[token("True")]
    True,
    #[token("False")]
    False,
    #[token("None")]
    None,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token("@")]
    At,
    #[token("=")]
    Assign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    StarStar,
    #[token("/")]
    Slash,
    #[token("//")]
    SlashSlash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("==")]
    EqEq,
    #[token("!=")]
    Ne,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    SlashSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("**=")]
    StarStarEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("<<=")]
    ShlEq,
    #[token(">>=")]
    ShrEq,
    #[token(":=")]
    Walrus,
    #[token("!")]
    Bang,
}

/// Lex a whole file. Errors become diagnostics; the token stream skips the bad text.
pub fn lex(file: u32, text: &str, diags: &mut Diagnostics) -> Vec<(usize, Tok, usize)> {
    let mut out = Vec::new();
    let mut lexer = Tok::lexer(text);
    while let Some(res) = lexer.next() {
        let r = lexer.span();
        let span = Span::new(file, r.start, r.end);
        match res {
            Ok(t) => out.push((r.start, t, r.end)),
            Err(LexError::Number) => {
                let text = lexer.slice();
                let d = Diagnostic::error(Code::BAD_NUMBER, span, format!("invalid number literal '{text}'"))
                    .label("not a valid number");
                let leading_zero = text.len() > 1
                    && text.starts_with('0')
                    && text[1..].bytes().all(|b| b.is_ascii_digit() || b == b'_');
                diags.push(if leading_zero {
                    d.with_help("decimal literals cannot have leading zeros; use 0o for octal")
                } else {
                    d.with_help("integers are decimal digits, or 0x/0o/0b followed by hex/octal/binary digits")
                });
            }
            Err(LexError::Escape(e)) => diags.push(
                Diagnostic::error(Code::BAD_ESCAPE, span, format!("invalid escape sequence '{e}'"))
                    .label("in this string"),
            ),
            Err(LexError::Invalid) => {
                let c = lexer.slice();
                if c.starts_with(['"', '\'']) {
                    diags.push(
                        Diagnostic::error(Code::UNTERMINATED_STRING, span, "unterminated string literal")
                            .label("string starts here")
                            .with_help("close the string with a matching quote on the same line"),
                    );
                    // Skip the rest of the line so one missing quote is one error.
                    let rest = &text[r.end..];
                    let skip = rest.find('\n').unwrap_or(rest.len());
                    lexer.bump(skip);
                } else {
                    diags.push(
                        Diagnostic::error(Code::INVALID_CHAR, span, format!("invalid character {c:?} in source"))
                            .label("not part of the language"),
                    );
                }
            }
        }
    }
    out
}
