//! The syntax tree. Types are expressions (`List[Int]`, `SIMD[DType.float32, 4]`), as in Mojo.

use crate::source::Span;

#[derive(Clone, Debug)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Def(Box<FnDecl>),
    Struct(Box<StructDecl>),
    Trait(Box<TraitDecl>),
    /// `comptime N: T = v` / legacy `alias`.
    Comptime {
        name: Name,
        ty: Option<Expr>,
        value: Expr,
    },
    /// `var a: T = v`, `var a, b = 1, 2`, `var x: Int` (late init).
    Var {
        names: Vec<(Name, Option<Expr>)>,
        value: Option<Expr>,
    },
    /// `ref NAME = place`: another name for a variable, field or element.
    RefBind {
        name: Name,
        value: Expr,
    },
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    Expr(Expr),
    If {
        comptime: bool,
        arms: Vec<(Expr, Vec<Stmt>)>,
        orelse: Option<Vec<Stmt>>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Option<Vec<Stmt>>,
    },
    For {
        comptime: bool,
        /// `for ref x in xs`: `x` is the element itself (writes reach the collection).
        by_ref: bool,
        targets: Vec<Name>,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Option<Vec<Stmt>>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    Raise(Option<Expr>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Option<Vec<Stmt>>,
        finally: Option<Vec<Stmt>>,
    },
    With {
        items: Vec<(Expr, Option<Name>)>,
        body: Vec<Stmt>,
    },
    /// `match subject:` with `case pattern [if guard]:` arms.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    Assert {
        cond: Expr,
        msg: Option<Expr>,
        comptime: bool,
    },
    Import {
        path: Vec<Name>,
        alias: Option<Name>,
    },
    FromImport {
        level: usize,
        path: Vec<Name>,
        names: Vec<(Name, Option<Name>)>,
    },
    /// A decorator on something that takes none (reported by the checker).
    Decorated {
        decorators: Vec<Expr>,
        inner: Box<Stmt>,
    },
    Error,
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub ty: Option<Expr>,
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FnDecl {
    pub decorators: Vec<Expr>,
    pub legacy_fn: bool,
    pub name: Name,
    pub params: Vec<Param>,
    pub args: Vec<Param>,
    /// A nested function's capture list `{imm k, mut total}`: (convention, name).
    pub captures: Vec<(Option<Name>, Name)>,
    pub raises: Option<Option<Expr>>,
    pub ret: Option<Expr>,
    /// `-> ref [origin] T`: the span of `ref`.
    pub ret_ref: Option<Span>,
    /// `capturing` after the arguments: a closure that captures what it names.
    pub capturing: bool,
    /// `where CONDITION`: a compile-time constraint checked for each instance.
    pub where_clause: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ParamKind {
    Normal,
    /// A bare `*` (keyword-only marker) or `/` (positional-only marker) or `//` (infer-only).
    Star,
    Slash,
    InferOnly,
    VarArgs,
    KwArgs,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub kind: ParamKind,
    pub convention: Option<Name>,
    pub name: Option<Name>,
    pub ty: Option<Expr>,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct StructDecl {
    pub decorators: Vec<Expr>,
    pub name: Name,
    pub params: Vec<Param>,
    pub traits: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TraitDecl {
    pub name: Name,
    pub parents: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Name(String),
    Int(i128),
    Float(String),
    Str(String),
    /// `t"text {expr} text"`: a template string (see `tstring.rs`).
    TString(Vec<TPart>),
    /// `comptime(expr)`: the value of `expr`, computed at compile time.
    ComptimeValue(Box<Expr>),
    Bool(bool),
    None,
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    /// `a < b <= c`: first operand, then (op, operand) pairs.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    IfElse {
        cond: Box<Expr>,
        then: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `(name := value)`: assign the existing variable `name`; the expression's value is its new
    /// value.
    Walrus(Name, Box<Expr>),
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    Subscript {
        base: Box<Expr>,
        args: Vec<Arg>,
    },
    Attr(Box<Expr>, Name),
    Slice {
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `x^`: ownership transfer.
    Transfer(Box<Expr>),
    /// `[e for x in xs if c]`, `{e for ...}`, `{k: v for ...}`.
    Comprehension {
        kind: CompKind,
        elt: Box<Expr>,
        /// The value of a dict comprehension (`elt` is the key).
        value: Option<Box<Expr>>,
        clauses: Vec<CompClause>,
    },
    /// `*xs` in an argument list.
    Starred(Box<Expr>),
    /// A function type: `def(Int, Float64) thin -> Int`, `fn(Int) capturing -> Int` (the
    /// effect names after the arguments, then `raises`).
    FnType {
        params: Vec<Expr>,
        effects: Vec<Name>,
        raises: bool,
        ret: Option<Box<Expr>>,
    },
    Error,
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub name: Option<Name>,
    pub value: Expr,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

/// `for targets in iter if cond if cond`.
#[derive(Clone, Debug)]
pub struct CompClause {
    pub targets: Vec<Name>,
    pub iter: Expr,
    pub conds: Vec<Expr>,
}

/// `case pattern if guard: body`. A pattern is a value compared with `==`, `_` (anything), a
/// name that captures the subject, or alternatives `p1 | p2` (parsed as `|` of expressions).
#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Expr,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A part of a template string.
#[derive(Clone, Debug)]
pub enum TPart {
    Text(String),
    Expr(Expr),
    /// A malformed part, with what is wrong (reported by the checker).
    Bad(String, Span),
}

/// A `for` loop's target as written: a name, or a parenthesized group of targets.
#[derive(Clone, Debug)]
pub enum Target {
    Name(Name),
    Nested(Vec<Target>, Span),
}

/// `for i, (a, b) in xs: body` is `for i, __unpackN in xs: var a, b = __unpackN; body`: each
/// nested group becomes a hidden name whose value is unpacked at the start of the body.
pub fn unnest_targets(mut targets: Vec<Target>, body: Vec<Stmt>) -> (Vec<Name>, Vec<Stmt>) {
    // `for (a, b) in pairs` is `for a, b in pairs`.
    if let [Target::Nested(..)] = &targets[..] {
        let Some(Target::Nested(parts, _)) = targets.pop() else {
            unreachable!()
        };
        targets = parts;
    }
    let mut names = Vec::new();
    let mut prelude = Vec::new();
    for t in targets {
        names.push(flatten_target(t, &mut prelude));
    }
    if prelude.is_empty() {
        return (names, body);
    }
    prelude.extend(body);
    (names, prelude)
}

fn flatten_target(t: Target, prelude: &mut Vec<Stmt>) -> Name {
    match t {
        Target::Name(n) => n,
        Target::Nested(parts, span) => {
            let hidden = Name {
                text: format!("__unpack{}", span.lo),
                span,
            };
            let mut inner = Vec::new();
            let names: Vec<(Name, Option<Expr>)> = parts
                .into_iter()
                .map(|p| (flatten_target(p, &mut inner), None))
                .collect();
            prelude.push(Stmt {
                kind: StmtKind::Var {
                    names,
                    value: Some(Expr::new(ExprKind::Name(hidden.text.clone()), span)),
                },
                span,
            });
            prelude.extend(inner);
            hidden
        }
    }
}
