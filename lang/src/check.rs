//! The checker: types every function body and lowers it to MIR in the same walk (there are no
//! generics yet, so no separate THIR/mono step is needed; they split out when parameters come).
//! Compile-time constants are folded exactly when they are literal expressions and otherwise run
//! on the MIR interpreter with a fuel budget.

mod address_args;
mod builder;
mod builtins;
mod call;
mod captures;
pub mod collections;
mod compare;
mod copies;
mod debug_assert;
mod deinitable;
mod drops;
mod exclusivity;
mod expr;
mod field_init;
mod field_moves;
mod fnvalues;
mod format;
mod generic_bounds;
mod generic_closures;
mod generics;
mod handlers;
mod literal;
mod loops;
mod members;
mod memory;
mod operand_order;
mod overloads;
mod patterns;
mod places;
mod print;
mod references;
mod replaced_values;
mod repr;
mod simd;
mod stmt;
mod structs;
mod traits;
mod type_queries;

/// `std.sys`'s compile-time questions (`size_of[T]()`, `simd_width_of[T]()`, ...).
pub use type_queries::QUERIES as TYPE_QUERIES;
mod gpu;
mod parallelize;
mod types;
mod user_writers;
mod vectorize;
mod writer;

use crate::ast::{self, Expr, FnDecl};
use crate::diag::{Code, DiagMut, Diagnostic, Diagnostics};
use crate::interp;
use crate::mir::{self, Const, FuncId, Operand, Program, Ty};
use crate::resolve::Items;
use crate::source::Span;
use builder::FnCx;
use literal::Num;
use std::collections::HashMap;

/// A checked expression: an exact literal not yet given a type, or a typed MIR operand.
#[derive(Clone, Debug)]
pub enum Value {
    Lit(Num),
    Op(Operand, Ty),
}

#[derive(Clone, Debug)]
pub struct ParamSig {
    pub name: String,
    pub ty: Ty,
    pub default: Option<Expr>,
    pub kw_only: bool,
    pub mutable: bool,
    /// `deinit NAME: T`: owned, but the value's destructor does not run (a move constructor's
    /// source).
    pub deinit: bool,
    /// `*NAME: T`: the positional arguments from here on, gathered in a `List[T]` (the
    /// parameter's type).
    pub variadic: bool,
    /// Declared `Some[Writer]`: the text being written, a `String` here; a struct that is a
    /// `Writer` (has `write_string`) is given one and then the text (`writers.rs`).
    pub writer: bool,
    pub span: Span,
}

impl ParamSig {
    /// A plain positional parameter (of a function the compiler makes itself).
    pub fn plain(name: impl Into<String>, ty: Ty, span: Span) -> ParamSig {
        ParamSig {
            name: name.into(),
            ty,
            default: None,
            kw_only: false,
            mutable: false,
            deinit: false,
            variadic: false,
            writer: false,
            span,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Sig {
    pub name: String,
    pub params: Vec<ParamSig>,
    pub ret: Ty,
    pub raises: bool,
    /// What it raises: `Error`, or the type of a typed `raises T`.
    pub error: Ty,
    pub span: Span,
    /// For methods: the struct they belong to and how they take `self`.
    pub owner: Option<usize>,
    pub self_kind: SelfKind,
    /// Indices of `mut` parameters: their final values are returned after the result and the
    /// caller stores them back (copy-in/copy-out, sound under Mojo's exclusivity rules).
    pub writeback: Vec<usize>,
    /// `@implicit` constructors convert a value of their one argument's type where the struct
    /// is expected.
    pub implicit: bool,
    /// `out NAME: T` (not a constructor's `self`): the function's result, a variable the body
    /// initializes; the function returns it (`ret` is `T`).
    pub out_name: Option<String>,
    /// How many leading parameters are positional-only (before a `/`): a keyword cannot name
    /// them.
    pub pos_only: usize,
    /// A `-> ref` method whose result is the address of an element of memory `self` points to
    /// (see `references.rs`): the MIR result is a pointer.
    pub address_result: bool,
    /// A `mut self` method declared `-> ref [self] Self` whose every `return` is `return self`
    /// (a builder step): `b.add(x).add(y)` calls `add` twice on `b`.
    pub returns_receiver: bool,
    /// Indices of arguments passed by value whose address the body takes (`Pointer(to=self)` in
    /// `def __iter__(ref self)`): the caller passes each one's address too, as an extra argument
    /// after the others, so the pointer is to the caller's value (see `address_args.rs`).
    pub address_params: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfKind {
    /// A free function or a `@staticmethod`.
    None,
    Read,
    Mut,
    /// `__init__(out self, ...)`: `self` is built by the body and returned.
    Out,
}

impl Sig {
    pub fn plain(name: String, params: Vec<ParamSig>, ret: Ty, raises: bool, span: Span) -> Sig {
        Sig {
            name,
            params,
            ret,
            raises,
            error: Ty::Error,
            span,
            owner: None,
            self_kind: SelfKind::None,
            out_name: None,
            pos_only: 0,
            writeback: vec![],
            implicit: false,
            address_result: false,
            returns_receiver: false,
            address_params: vec![],
        }
    }

    /// The MIR result type: the result, then the final value of each `mut` parameter.
    pub fn mir_ret(&self) -> Ty {
        let ret = if self.address_result {
            Ty::Ptr(Box::new(self.ret.clone()))
        } else {
            self.ret.clone()
        };
        if self.writeback.is_empty() {
            return ret;
        }
        let mut ts = vec![ret];
        ts.extend(self.writeback.iter().map(|&i| self.params[i].ty.clone()));
        Ty::Tuple(ts)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Pending,
    InProgress,
    Done,
}

#[derive(Clone)]
enum ConstState {
    Pending,
    InProgress,
    Done(Value),
    Failed,
}

pub struct Checker<'a, 'd> {
    diags: &'d mut Diagnostics,
    /// For `__call_location()`: the text `file:line:col` of a span.
    map: &'d crate::source::SourceMap,
    /// Where the checker's own declarations and statements live.
    synthesized: &'a Synthesized,
    /// While a default argument is evaluated: the call it is evaluated for.
    call_site: Option<Span>,
    /// The type the context expects of the expression being checked, for literals that take
    /// their type from it (`var xs: List[Float64] = [1, 2]`).
    hint: Option<Ty>,
    /// The `a if c else b` whose value goes straight to a typed place (`var x: Float64 = ...`,
    /// an assignment, a `return`): there an integer and a float literal may meet.
    typed_choice: Option<Span>,
    /// The expression being checked is the base of a field read (`BLUE.r`) or the parameter of
    /// `materialize[...]()`: a compile-time struct value may stay one there.
    const_struct_ok: bool,
    /// The assignment being lowered destroyed the value it replaces already, before its new
    /// value was evaluated (`replaced_values.rs`).
    replaced_destroyed: bool,
    /// Per struct: whether its values need destroying (see `drops`).
    drop_needed: HashMap<usize, bool>,
    /// Per struct: its drop glue function.
    drop_glue: HashMap<usize, FuncId>,
    /// Per tuple type: its drop glue function.
    tuple_drop_glue: Vec<(Ty, FuncId)>,
    /// Instances of methods with compile-time parameters, by struct, name and parameter values.
    method_instances: HashMap<String, FuncId>,
    /// While a method instance's signature is built (its parameters are bound).
    binding_method_params: bool,
    /// While an assignment rebuilds a value from its old self (`a.b = v` is `a = a with .b = v`,
    /// the store-back of a `mut` argument): the old value is not destroyed.
    rebuilding: bool,
    items: &'a Items<'a>,
    sigs: Vec<Sig>,
    decls: Vec<Option<(&'a FnDecl, bool)>>,
    fn_by_name: HashMap<String, Vec<FuncId>>,
    state: Vec<State>,
    consts: Vec<ConstState>,
    pub program: Program,
    legacy: bool,
    structs: Vec<structs::StructInfo>,
    struct_by_name: HashMap<String, usize>,
    struct_tys: Vec<Option<std::rc::Rc<mir::StructTy>>>,
    struct_build: Vec<structs::Build>,
    /// The struct whose declaration or method is being checked (for `Self`).
    current_struct: Option<usize>,
    /// The function whose body is being checked.
    checking: Option<FuncId>,
    /// The type hints for the arguments `eval_args` evaluates next (see `eval_args_for`).
    pending_arg_hints: Vec<Option<Ty>>,
    /// The functions the program uses as run-time values, by signature (see `fnvalues.rs`).
    fn_values: Vec<(std::rc::Rc<mir::FnTy>, FuncId)>,
    dispatchers: Vec<fnvalues::Dispatcher>,
    /// How many hidden parameters (captured variables, last) each nested function has.
    closure_captures: HashMap<FuncId, usize>,
    /// The nested functions each nested function can call (those declared before it).
    closure_scope: HashMap<FuncId, Vec<(String, FuncId)>>,
    /// Nested functions with compile-time parameters (`generic_closures.rs`).
    generic_closures: Vec<generic_closures::GenericClosure<'a>>,
    /// Where each instance of a generic function was first asked for (the call, and the
    /// function it is in): errors in the instance's body get "instantiated here" notes.
    instance_site: HashMap<FuncId, (Span, Option<FuncId>)>,
    generics: Vec<generics::GenericFn<'a>>,
    /// Every struct (declared ones first, then instances of templates) and its parameters.
    struct_decls: Vec<&'a ast::StructDecl>,
    /// Whether each struct (declaration or instance) comes from the stdlib.
    struct_std: Vec<bool>,
    struct_envs: Vec<generics::Env>,
    /// Structs' compile-time members, by (struct, name), as they are evaluated (`members.rs`).
    members: HashMap<(usize, String), members::Member>,
    generic_structs: HashMap<String, usize>,
    struct_instances: HashMap<String, usize>,
    /// Methods of struct instances whose signatures are made on first lookup, by (struct, name).
    lazy_methods: HashMap<(usize, String), Vec<&'a FnDecl>>,
    /// `@fieldwise_init` constructors whose bodies are built on first use (per struct), when
    /// the move constructors of the fields' types are known.
    fieldwise_pending: HashMap<FuncId, usize>,
    /// Generic functions whose bodies use what their bounds do not give (`generic_bounds.rs`):
    /// reported once, not instantiated.
    unsound_generics: std::collections::HashSet<*const FnDecl>,
    /// How many pointer types' pointees are being resolved: a struct may refer to itself there.
    behind_pointer: usize,
    struct_cap_reported: bool,
    generic_by_name: HashMap<String, Vec<usize>>,
    /// The compile-time parameters in scope (while checking an instance).
    env: generics::Env,
    instance_env: HashMap<FuncId, generics::Env>,
}

/// Fuel for one compile-time evaluation: MIR steps before it is reported as endless.
pub const COMPTIME_FUEL: u64 = 50_000_000;

/// Check every function reachable or not (so every error is reported) and build the program.
/// Declarations and statements the checker writes itself (`Some[Trait]` arguments made generic,
/// the loops of comprehensions); they live as long as the parsed modules.
#[derive(Default)]
pub struct Synthesized {
    pub decls: typed_arena::Arena<FnDecl>,
    pub stmts: typed_arena::Arena<ast::Stmt>,
}

pub fn check_program<'a, 'd>(
    items: &'a Items<'a>,
    synthesized: &'a Synthesized,
    map: &'d crate::source::SourceMap,
    diags: &'d mut Diagnostics,
) -> Program {
    let mut c = Checker {
        diags,
        map,
        synthesized,
        call_site: None,
        hint: None,
        typed_choice: None,
        const_struct_ok: false,
        replaced_destroyed: false,
        drop_needed: HashMap::new(),
        drop_glue: HashMap::new(),
        tuple_drop_glue: Vec::new(),
        rebuilding: false,
        method_instances: HashMap::new(),
        binding_method_params: false,
        items,
        sigs: Vec::new(),
        decls: Vec::new(),
        fn_by_name: HashMap::new(),
        state: Vec::new(),
        consts: vec![ConstState::Pending; items.consts.len()],
        program: Program::default(),
        legacy: items.legacy,
        structs: Vec::new(),
        struct_by_name: HashMap::new(),
        struct_tys: Vec::new(),
        struct_build: Vec::new(),
        current_struct: None,
        checking: None,
        closure_captures: HashMap::new(),
        closure_scope: HashMap::new(),
        generic_closures: Vec::new(),
        fn_values: Vec::new(),
        dispatchers: Vec::new(),
        pending_arg_hints: Vec::new(),
        instance_site: HashMap::new(),
        generics: Vec::new(),
        struct_decls: Vec::new(),
        struct_std: Vec::new(),
        struct_envs: Vec::new(),
        members: HashMap::new(),
        generic_structs: HashMap::new(),
        struct_instances: HashMap::new(),
        lazy_methods: HashMap::new(),
        fieldwise_pending: HashMap::new(),
        unsound_generics: std::collections::HashSet::new(),
        behind_pointer: 0,
        struct_cap_reported: false,
        generic_by_name: HashMap::new(),
        env: Vec::new(),
        instance_env: HashMap::new(),
    };
    c.declare_structs();
    for (decl, is_std) in &items.funcs {
        // `x: Some[Trait]` arguments make the function generic.
        let decl: &FnDecl = match Checker::desugar_some(decl) {
            Some(d) => synthesized.decls.alloc(d),
            None => decl,
        };
        let decl: &FnDecl = match c.desugar_auto_params(decl) {
            Some(d) => synthesized.decls.alloc(d),
            None => decl,
        };
        if decl.params.is_empty() {
            c.declare(decl, *is_std);
        } else {
            c.declare_generic(decl, *is_std);
        }
    }
    c.declare_import_aliases();
    c.check_generic_bounds();
    for i in 0..c.consts.len() {
        if c.type_alias(&items.consts[i].name.text).is_none() {
            c.global_const(i);
        }
    }
    // Nested functions are added while bodies are lowered, so the list grows. Stdlib functions
    // and the methods of struct instances are only checked once something calls them (an
    // instance's methods may need what its parameters do not have: `List[T].__contains__` needs
    // `T.__eq__`).
    loop {
        let mut f = 0;
        while f < c.sigs.len() {
            if !c.is_lazy(f as FuncId) {
                c.ensure_body(f as FuncId);
            }
            f += 1;
        }
        c.build_dispatchers();
        let called: Vec<FuncId> = c
            .program
            .funcs
            .iter()
            .flat_map(|func| func.blocks.iter())
            .filter_map(|b| match &b.term {
                mir::Terminator::Call { func, .. } => Some(*func),
                _ => None,
            })
            .filter(|f| c.state[*f as usize] == State::Pending && c.decls[*f as usize].is_some())
            .collect();
        if called.is_empty() {
            break;
        }
        for f in called {
            c.ensure_body(f);
        }
    }
    c.find_main();
    // Instances of one generic body report one mistake once (the first, with its notes).
    let mut seen = std::collections::HashSet::new();
    c.diags.list.retain(|d| {
        seen.insert((
            d.code,
            d.primary.span,
            d.message.clone(),
            d.severity == crate::diag::Severity::Error,
        ))
    });
    c.program
}

impl<'a, 'd> Checker<'a, 'd> {
    fn error(&mut self, code: Code, span: Span, msg: impl Into<String>) -> DiagMut<'_> {
        self.diags.push(Diagnostic::error(code, span, msg));
        DiagMut(self.diags.list.last_mut().unwrap())
    }

    /// A spelling Mojo 1.2 deprecates (a warning, as in Mojo; none in legacy mode).
    /// A call of a function declared `@deprecated("message")`: Mojo's warning, with the message.
    fn warn_if_deprecated(&mut self, f: FuncId, at: Span) {
        let Some((decl, is_std)) = self.decls[f as usize] else {
            return;
        };
        let message = decl.decorators.iter().find_map(|d| match &d.kind {
            ast::ExprKind::Call { callee, args } if matches!(&callee.kind, ast::ExprKind::Name(n) if n == "deprecated") => {
                match args.first().map(|a| &a.value.kind) {
                    Some(ast::ExprKind::Str(s)) => Some(s.clone()),
                    _ => Some(format!("'{}' is deprecated", decl.name.text)),
                }
            }
            ast::ExprKind::Name(n) if n == "deprecated" => Some(format!("'{}' is deprecated", decl.name.text)),
            _ => None,
        });
        let Some(message) = message else { return };
        if self
            .diags
            .list
            .iter()
            .any(|d| d.code == Code::DEPRECATED && d.primary.span == at)
        {
            return;
        }
        let mut w = crate::diag::Diagnostic::warning(Code::DEPRECATED, at, message).label("deprecated");
        // (The stdlib's own source is not the user's to look at.)
        if !is_std {
            w = w.secondary(decl.name.span, format!("'{}' declared here", decl.name.text));
        }
        self.diags.push(w);
    }

    fn deprecated(&mut self, span: Span, old: &str, new: &str) {
        // Once per place (a generic function's body is checked once per instance).
        let seen = self
            .diags
            .list
            .iter()
            .any(|d| d.code == Code::DEPRECATED && d.primary.span == span);
        if !self.legacy && !seen {
            self.diags.push(
                Diagnostic::warning(Code::DEPRECATED, span, format!("'{old}' is deprecated; use '{new}'"))
                    .label(format!("use '{new}'")),
            );
        }
    }

    /// Parameters (or arguments) of one declaration must have distinct names: a second one is
    /// "invalid redefinition", reported once however often the declaration is looked at.
    fn check_unique_names<'n>(&mut self, names: impl Iterator<Item = &'n ast::Name>) {
        let mut seen: Vec<&ast::Name> = Vec::new();
        for n in names {
            if let Some(first) = seen.iter().find(|s| s.text == n.text) {
                let first_span = first.span;
                let reported = self
                    .diags
                    .list
                    .iter()
                    .any(|d| d.code == Code::DUPLICATE && d.primary.span == n.span);
                if !reported {
                    self.error(Code::DUPLICATE, n.span, format!("invalid redefinition of '{}'", n.text))
                        .label("redefined here")
                        .secondary(first_span, "first defined here")
                        .with_help("give each parameter its own name");
                }
            } else {
                seen.push(n);
            }
        }
    }

    /// The signature of a function or (with `owner`) a method.
    fn signature(&mut self, decl: &'a FnDecl, owner: Option<usize>) -> Sig {
        let mut params = Vec::new();
        let mut writeback = Vec::new();
        let mut kw_only = false;
        let mut self_kind = SelfKind::None;
        let mut out_result: Option<(String, Ty, Span)> = None;
        let mut pos_only = 0;
        self.check_unique_names(
            decl.params
                .iter()
                .chain(decl.args.iter())
                .filter_map(|p| p.name.as_ref()),
        );
        self.check_param_bounds(&decl.params);
        let is_static = decl
            .decorators
            .iter()
            .any(|d| matches!(&d.kind, ast::ExprKind::Name(n) if n == "staticmethod"));
        if owner.is_some() && !self.binding_method_params {
            for p in &decl.params {
                self.error(
                    Code::UNSUPPORTED,
                    p.span,
                    "compile-time parameters on methods are not supported yet",
                )
                .label("parsed, not checked yet");
            }
        }
        for (i, p) in decl.args.iter().enumerate() {
            let mut variadic = false;
            match p.kind {
                ast::ParamKind::Star => {
                    kw_only = true;
                    continue;
                }
                // `/`: the parameters before it are positional-only.
                ast::ParamKind::Slash => {
                    pos_only = params.len();
                    continue;
                }
                ast::ParamKind::Normal => {}
                ast::ParamKind::VarArgs if !kw_only && p.ty.is_some() => variadic = true,
                _ => {
                    self.error(Code::UNSUPPORTED, p.span, "this kind of argument is not supported yet")
                        .label("not supported yet");
                    continue;
                }
            }
            let name = p.name.as_ref().unwrap();
            let conv = p.convention.as_ref().map(|c| c.text.as_str());
            let (mutable, by_ref) = match conv {
                // Older Mojo: constructors took `inout self`.
                Some("inout" | "mut")
                    if i == 0
                        && owner.is_some()
                        && name.text == "self"
                        && matches!(decl.name.text.as_str(), "__init__" | "__copyinit__" | "__moveinit__") =>
                {
                    self_kind = SelfKind::Out;
                    continue;
                }
                // A plain `ref` argument is read-only in the body (its origin's mutability is a
                // parameter, so the body may not assume it can write), like Mojo 1.2's.
                None | Some("read") | Some("borrowed") | Some("imm") | Some("ref") => (false, false),
                Some("var") | Some("owned") => (true, false),
                Some("mut") | Some("inout") => (true, true),
                Some("out") if i == 0 && owner.is_some() && name.text == "self" => {
                    self_kind = SelfKind::Out;
                    continue;
                }
                // `deinit self` (a destructor's, or a move constructor's source) is owned.
                Some("deinit") => {
                    if owner.is_none() {
                        let span = p.convention.as_ref().unwrap().span;
                        self.error(
                            Code::SYNTAX,
                            span,
                            "`deinit` is only valid on the arguments of a struct's methods",
                        )
                        .label("not in a struct method")
                        .with_help("take the value as `var` to own it");
                    }
                    (true, false)
                }
                // `out NAME: T`: a named result, not a parameter.
                Some("out") if out_result.is_none() && p.ty.is_some() => {
                    let t = self.resolve_type(p.ty.as_ref().unwrap());
                    out_result = Some((name.text.clone(), t, p.span));
                    continue;
                }
                Some(conv @ "out") => {
                    let span = p.convention.as_ref().unwrap().span;
                    self.error(
                        Code::UNSUPPORTED,
                        span,
                        format!("a second '{conv}' argument is not supported"),
                    )
                    .label("one result per function");
                    (false, false)
                }
                Some(other) => {
                    let span = p.convention.as_ref().unwrap().span;
                    self.error(Code::SYNTAX, span, format!("unknown argument convention '{other}'"))
                        .label("expected `mut`, `var`, `out`, `ref` or `deinit`");
                    (false, false)
                }
            };
            let is_self = i == 0 && owner.is_some() && !is_static && name.text == "self" && p.ty.is_none();
            let ty = match (&p.ty, owner) {
                (None, Some(o)) if is_self => {
                    self_kind = if by_ref { SelfKind::Mut } else { SelfKind::Read };
                    Ty::Struct(self.structs[o].ty.clone())
                }
                // `*args: *Ts`: a tuple of the pack's types.
                (Some(t), _) if variadic && matches!(t.kind, ast::ExprKind::Starred(_)) => self.resolve_type(t),
                (Some(t), _) if variadic => {
                    let elem = self.resolve_type(t);
                    self.list_type(elem, t.span).unwrap_or(Ty::Unknown)
                }
                (Some(t), _) => self.resolve_type(t),
                (None, _) => {
                    self.error(
                        Code::TYPE_MISMATCH,
                        name.span,
                        format!("argument '{}' needs a type", name.text),
                    )
                    .label("missing `: Type`")
                    .with_help(format!("write `{}: Int` (or the type you mean)", name.text));
                    Ty::Unknown
                }
            };
            let follows_default = params
                .last()
                .is_some_and(|q: &ParamSig| q.default.is_some() && !q.kw_only);
            if p.default.is_none() && !kw_only && follows_default {
                self.error(
                    Code::SYNTAX,
                    p.span,
                    format!(
                        "required argument '{}' follows an argument with a default value",
                        name.text
                    ),
                )
                .label("needs a default, or must come before the defaulted arguments");
            }
            if by_ref {
                writeback.push(params.len());
            }
            params.push(ParamSig {
                name: name.text.clone(),
                ty,
                default: p.default.clone(),
                kw_only,
                mutable,
                deinit: conv == Some("deinit"),
                variadic,
                writer: p.ty.as_ref().is_some_and(user_writers::is_some_writer),
                span: p.span,
            });
            // The parameters after `*args` can only be given by name.
            kw_only |= variadic;
        }
        let mut ret = decl.ret.as_ref().map(|t| self.resolve_type(t)).unwrap_or(Ty::None);
        if let Some((n, t, span)) = &out_result {
            if decl.ret.is_some() {
                self.error(
                    Code::TYPE_MISMATCH,
                    *span,
                    format!("'{n}' is the function's result: it cannot also declare `-> T`"),
                )
                .label("an `out` argument is the result");
            }
            ret = t.clone();
        }
        let error = match &decl.raises {
            Some(Some(t)) => self.resolve_type(t),
            _ => Ty::Error,
        };
        if let (SelfKind::Out, Some(o)) = (self_kind, owner) {
            ret = Ty::Struct(self.structs[o].ty.clone());
        }
        let name = match owner {
            Some(o) => format!("{}.{}", self.structs[o].ty.name, decl.name.text),
            None => decl.name.text.clone(),
        };
        let mut sig = Sig {
            name,
            params,
            ret,
            raises: decl.raises.is_some(),
            error,
            span: decl.name.span,
            owner,
            self_kind,
            writeback,
            out_name: out_result.map(|(n, _, _)| n),
            pos_only,
            implicit: decl
                .decorators
                .iter()
                .any(|d| matches!(&d.kind, ast::ExprKind::Name(n) if n == "implicit")),
            address_result: false,
            returns_receiver: false,
            address_params: vec![],
        };
        sig.address_result = self.returns_address(decl, owner, &sig);
        sig.address_params = address_args::address_params(decl, &sig);
        sig.returns_receiver = references::returns_receiver(decl, owner, &sig);
        sig
    }

    fn declare(&mut self, decl: &'a FnDecl, is_std: bool) {
        let sig = self.signature(decl, None);
        let same = self.fn_by_name.get(&sig.name).and_then(|ids| {
            ids.iter()
                .filter(|&&id| self.decls[id as usize].is_some_and(|(_, s)| s == is_std))
                .find(|&&id| {
                    let o = &self.sigs[id as usize];
                    o.params.len() == sig.params.len() && o.params.iter().zip(&sig.params).all(|(a, b)| a.ty == b.ty)
                })
        });
        if let Some(&prev) = same {
            let prev_span = self.sigs[prev as usize].span;
            self.error(
                Code::DUPLICATE,
                decl.name.span,
                format!("invalid redefinition of '{}'", sig.name),
            )
            .label("redefined here with the same argument types")
            .secondary(prev_span, "first defined here");
            return;
        }
        let id = self.add_function(sig, Some((decl, is_std)));
        let ids = self.fn_by_name.entry(decl.name.text.clone()).or_default();
        // A program's own function hides the prelude's functions of the same name.
        if !is_std && ids.iter().all(|&i| self.decls[i as usize].is_some_and(|(_, s)| s)) {
            ids.clear();
        }
        ids.push(id);
    }

    fn add_function(&mut self, sig: Sig, decl: Option<(&'a FnDecl, bool)>) -> FuncId {
        let id = self.sigs.len() as FuncId;
        // `@always_inline` (also `@always_inline("nodebug")`).
        let always = decl.is_some_and(|(d, _)| {
            d.decorators.iter().any(|e| match &e.kind {
                ast::ExprKind::Name(n) => n == "always_inline",
                ast::ExprKind::Call { callee, .. } => {
                    matches!(&callee.kind, ast::ExprKind::Name(n) if n == "always_inline")
                }
                _ => false,
            })
        });
        if always {
            self.program.always_inline.insert(id);
        }
        self.program.funcs.push(mir::Function {
            name: sig.name.clone(),
            params: vec![],
            ret: sig.mir_ret(),
            raises: sig.raises,
            error: sig.error.clone(),
            locals: vec![],
            blocks: vec![],
            span: sig.span,
        });
        self.sigs.push(sig);
        self.decls.push(decl);
        self.state.push(State::Pending);
        id
    }

    /// Whether a function's body is checked only when something calls it.
    fn is_lazy(&self, f: FuncId) -> bool {
        match self.decls[f as usize] {
            Some((_, true)) => true,
            Some(_) => self.sigs[f as usize].owner.is_some() && self.instance_env.contains_key(&f),
            None => false,
        }
    }

    /// Lower a function's body if it has not been lowered yet.
    fn ensure_body(&mut self, f: FuncId) {
        if self.state[f as usize] != State::Pending {
            return;
        }
        if let Some(i) = self.fieldwise_pending.remove(&f) {
            self.fieldwise_body(f, i);
            return;
        }
        let Some((decl, is_std)) = self.decls[f as usize] else {
            return;
        };
        self.state[f as usize] = State::InProgress;
        let sig = self.sigs[f as usize].clone();
        let saved = std::mem::replace(&mut self.current_struct, sig.owner);
        let env = self.instance_env.get(&f).cloned().unwrap_or_default();
        let saved_env = std::mem::replace(&mut self.env, env.clone());
        let mut cx = FnCx::new(&sig, is_std);
        self.bind_env(&mut cx, &env);
        self.bind_function_arguments(&mut cx, decl, &env);
        for (n, g) in self.closure_scope.get(&f).cloned().unwrap_or_default() {
            if cx.lookup(&n).is_none() {
                cx.bind(&n, builder::Binding::Func(g));
            }
        }
        if sig.self_kind == SelfKind::Out {
            // `out self` starts as a placeholder aggregate the body fills field by field.
            let ty = sig.ret.clone();
            let ty_of_self = ty.clone();
            let v = expr::dummy(&mut cx, &ty, sig.span);
            let l = cx.define("self", ty, mir::Rvalue::Use(v), true, sig.span);
            cx.out_self = Some(l);
            if let (Ty::Struct(st), false) = (&ty_of_self, cx.is_std) {
                let fields: Vec<String> = st.fields().iter().map(|(n, _)| n.clone()).collect();
                self.check_fields_initialized(&fields, &decl.body, decl.name.span);
                if sig.raises {
                    cx.self_field_flags = fields
                        .iter()
                        .map(|_| {
                            let f = cx.new_local(Ty::Bool, None);
                            cx.emit(
                                Some(f),
                                mir::Rvalue::Use(mir::Operand::Const(mir::Const::Bool(false))),
                                sig.span,
                            );
                            f
                        })
                        .collect();
                }
            }
        }
        if let Some(n) = &sig.out_name {
            // `out NAME: T`: the result variable, which the body initializes and which is
            // returned (it owns its value until then).
            let l = cx.new_local(sig.ret.clone(), Some(n));
            cx.bind(
                n,
                builder::Binding::Var {
                    local: l,
                    mutable: true,
                },
            );
            self.mark_owner(&mut cx, l);
            cx.out_self = Some(l);
        }
        cx.writeback = sig.writeback.iter().map(|&i| cx.f.params[i]).collect();
        self.bind_address_params(&mut cx, &sig);
        // `var` arguments own their values (a destructor's `self` is being destroyed already).
        // (nor is a legacy move constructor's source).
        let is_destructor = matches!(decl.name.text.as_str(), "__del__" | "__deinit__" | "__moveinit__");
        for (i, p) in sig.params.iter().enumerate() {
            // `mut` arguments too: reassigning one destroys the old value; the final value goes
            // back to the caller with the results.
            if p.mutable && !is_destructor && !p.deinit {
                let l = cx.f.params[i];
                self.mark_owner(&mut cx, l);
            }
        }
        // The fields of a `deinit` argument (a destructor's `self` too) are destroyed after their
        // last use in the body, except those the function transfers out; the ones it never reads,
        // before its first statement, as in Mojo 1.2.
        {
            for (i, p) in sig.params.iter().enumerate() {
                let Ty::Struct(st) = &p.ty else { continue };
                if !p.deinit {
                    continue;
                }
                let l = cx.f.params[i];
                for (fi, (_, fty)) in st.fields().iter().enumerate() {
                    if self.needs_drop(fty) {
                        let field = mir::Rvalue::Field(mir::Operand::Local(l), fi as u32);
                        let owner = cx.temp(fty.clone());
                        cx.emit(Some(owner), field, sig.span);
                        self.mark_owner(&mut cx, owner);
                        cx.deinit_fields.push((l, fi as u32, owner));
                    }
                }
            }
            if !cx.deinit_fields.is_empty() {
                cx.emit(None, mir::Rvalue::StmtEnd, sig.span);
            }
        }
        cx.returns_ref = decl.ret_ref.is_some();
        cx.returns_address = sig.address_result;
        let diags_before = self.diags.list.len();
        let saved_checking = self.checking.replace(f);
        self.lower_body(&mut cx, &decl.body, &sig);
        self.checking = saved_checking;
        let mut func = cx.finish();
        self.elaborate_drops(&mut func);
        self.program.funcs[f as usize] = func;
        self.state[f as usize] = State::Done;
        self.current_struct = saved;
        self.env = saved_env;
        self.note_instantiation(f, diags_before);
    }

    /// The first call of a method of a struct instance (`Optional[P].__eq__`) or of a stdlib
    /// function is where it was instantiated: an error in its body points back here.
    fn note_first_call(&mut self, f: FuncId, site: Span) {
        let instance = self.instance_env.contains_key(&f) || self.decls[f as usize].is_some_and(|(_, std)| std);
        if instance && self.state[f as usize] == State::Pending && !self.instance_site.contains_key(&f) {
            self.instance_site.insert(f, (site, self.checking));
        }
    }

    /// Errors reported in the body of instance `f` since `diags_before` get the chain of calls
    /// that instantiated it, innermost first (an error with a chain already is from an instance
    /// it called).
    fn note_instantiation(&mut self, f: FuncId, diags_before: usize) {
        let mut chain = Vec::new();
        let mut at = Some(f);
        while let Some(g) = at {
            let Some(&(site, parent)) = self.instance_site.get(&g) else {
                break;
            };
            if chain.len() >= 8 || chain.iter().any(|(s, _)| *s == site) {
                break;
            }
            chain.push((site, self.sigs[g as usize].name.clone()));
            at = parent;
        }
        if chain.is_empty() {
            return;
        }
        const MARK: &str = "instantiated from here";
        for d in &mut self.diags.list[diags_before..] {
            if d.severity != crate::diag::Severity::Error || d.secondary.iter().any(|l| l.message.ends_with(MARK)) {
                continue;
            }
            for (site, name) in &chain {
                d.secondary.push(crate::diag::Label {
                    span: *site,
                    message: format!("'{name}' {MARK}"),
                });
            }
        }
    }

    fn lower_body(&mut self, cx: &mut FnCx<'a>, body: &'a [ast::Stmt], sig: &Sig) {
        self.block(cx, body);
        if cx.reachable() {
            if sig.ret == Ty::None || sig.self_kind == SelfKind::Out || sig.out_name.is_some() {
                let v = cx.return_value(Operand::Const(Const::None), sig.span);
                cx.terminate(mir::Terminator::Return(v));
            } else {
                self.error(
                    Code::MISSING_RETURN,
                    sig.span,
                    format!(
                        "missing return in function '{}' that returns '{}'",
                        sig.name,
                        sig.ret.name()
                    ),
                )
                .label("control can reach the end of this function")
                .with_help("add a `return` on every path");
                cx.terminate(mir::Terminator::Unreachable);
            }
        }
    }

    fn find_main(&mut self) {
        let mains: Vec<FuncId> = self
            .fn_by_name
            .get("main")
            .map(|ids| {
                ids.iter()
                    .copied()
                    .filter(|id| !self.decls[*id as usize].is_some_and(|(_, s)| s))
                    .collect()
            })
            .unwrap_or_default();
        match mains.first() {
            None => {
                let span = Span::new(self.user_file(), 0, 0);
                self.error(Code::NO_MAIN, span, "module does not define a `main` function")
                    .with_help("add `def main():` as the program's entry point");
            }
            Some(&m) => {
                let sig = self.sigs[m as usize].clone();
                if !sig.params.is_empty() || sig.ret != Ty::None {
                    self.error(
                        Code::BAD_MAIN,
                        sig.span,
                        "`main` must take no arguments and return None",
                    )
                    .label("invalid signature for main")
                    .with_help("use `def main():` or `def main() raises:`; read arguments with `argv()`");
                } else if sig.raises && sig.error != Ty::Error {
                    let at = self.decls[m as usize]
                        .and_then(|(d, _)| d.raises.clone().flatten())
                        .map_or(sig.span, |t| t.span);
                    self.error(Code::BAD_MAIN, at, "`main` can only raise `Error`")
                        .label("an explicit error type")
                        .with_help("remove the error type: `def main() raises:`");
                }
                self.program.main = Some(m);
            }
        }
    }

    fn user_file(&self) -> u32 {
        self.items.user_file
    }

    /// The value of the module-level constant `i`, computing it on first use.
    /// The type a module-level `comptime Name = Type` (legacy `alias`) stands for, if `name` is
    /// one: its value is written like a type (`SIMD[DType.float64, 4]`, `List[Int]`, `Float32`).
    pub(super) fn type_alias(&self, name: &str) -> Option<&'a Expr> {
        let &i = self.items.const_index.get(name)?;
        let item = &self.items.consts[i];
        if item.ty.is_some() {
            return None;
        }
        let v = item.value;
        let is_type_name = |n: &str| {
            matches!(
                n,
                "Int"
                    | "Bool"
                    | "String"
                    | "SIMD"
                    | "Scalar"
                    | "List"
                    | "Dict"
                    | "Set"
                    | "Optional"
                    | "UnsafePointer"
                    | "Pointer"
                    | "Tuple"
            ) || crate::dtype::DType::from_alias(n).is_some()
                || self.struct_by_name.contains_key(n)
                || self.generic_structs.contains_key(n)
                || (n != name && self.type_alias(n).is_some())
        };
        match &v.kind {
            ast::ExprKind::Name(n) if is_type_name(n) => Some(v),
            ast::ExprKind::Subscript { base, .. } if matches!(&base.kind, ast::ExprKind::Name(n) if is_type_name(n)) => {
                Some(v)
            }
            _ => None,
        }
    }

    fn global_const(&mut self, i: usize) -> Option<Value> {
        match &self.consts[i] {
            ConstState::Done(v) => return Some(v.clone()),
            ConstState::Failed => return None,
            ConstState::InProgress => {
                let item = &self.items.consts[i];
                self.error(
                    Code::COMPTIME_CYCLE,
                    item.name.span,
                    format!("the value of '{}' depends on itself", item.name.text),
                )
                .label("needed while computing it");
                self.consts[i] = ConstState::Failed;
                return None;
            }
            ConstState::Pending => {}
        }
        let item = &self.items.consts[i];
        let (name, ty, value) = (item.name, item.ty, item.value);
        // A collection constant is built where it is used (see `expr.rs`, `name`).
        if matches!(
            value.kind,
            ast::ExprKind::List(_) | ast::ExprKind::Dict(_) | ast::ExprKind::Set(_)
        ) {
            return None;
        }
        self.consts[i] = ConstState::InProgress;
        let v = self.eval_comptime(&name.text, ty, value, &[]);
        if matches!(self.consts[i], ConstState::Failed) {
            return None;
        }
        self.consts[i] = match &v {
            Some(v) => ConstState::Done(v.clone()),
            None => ConstState::Failed,
        };
        v
    }

    /// Evaluate a `comptime` initializer. `visible` are the compile-time names in scope.
    fn eval_comptime(
        &mut self,
        name: &str,
        ty: Option<&Expr>,
        value: &Expr,
        visible: &[(String, builder::Binding)],
    ) -> Option<Value> {
        // Mojo 1.2 runs comprehensions only at run time.
        if matches!(value.kind, ast::ExprKind::Comprehension { .. }) {
            self.error(
                Code::COMPTIME_NOT_CONST,
                value.span,
                "list comprehension must execute in runtime contexts",
            )
            .label("a comprehension in a `comptime` value")
            .with_help("remove 'comptime' (`var` instead) and build it in a function body");
            return None;
        }
        let want = ty.map(|t| self.resolve_type(t));
        let sig = Sig::plain(format!("comptime {name}"), vec![], Ty::None, true, value.span);
        let mut cx = FnCx::new(&sig, false);
        cx.comptime = true;
        for (n, b) in visible {
            cx.bind(n, b.clone());
        }
        let errors_before = self.diags.list.len();
        let v = self.expr(&mut cx, value);
        if self.diags.list.len() > errors_before {
            return None;
        }
        let v = match (v, want) {
            (Value::Lit(n), None) => return Some(Value::Lit(n)),
            (v, Some(t)) => Value::Op(self.coerce(&mut cx, v, &t, value.span), t),
            (Value::Op(o, t), None) => Value::Op(o, t),
        };
        let Value::Op(op, t) = v else { unreachable!() };
        if let Operand::Const(_) = op {
            return Some(Value::Op(op, t));
        }
        if matches!(t, Ty::Error | Ty::None) {
            self.error(
                Code::COMPTIME_NOT_CONST,
                value.span,
                format!("a compile-time value of type '{}' is not supported yet", t.name()),
            );
            return None;
        }
        // Run the initializer on the interpreter.
        let mut f = cx.finish_returning(op, t.clone());
        f.ret = t.clone();
        let id = self.add_function(Sig { ret: t.clone(), ..sig }, None);
        self.program.funcs[id as usize] = f;
        self.state[id as usize] = State::Done;
        // Lowering a callee can reach more functions (the stdlib's are lowered on demand): until
        // every function the initializer can reach has a body.
        loop {
            let mut lowered = false;
            // Calls through function values go through dispatchers, built here too.
            self.build_dispatchers();
            for callee in self.program.reachable(id) {
                if self.state[callee as usize] == State::Pending {
                    self.ensure_body(callee);
                    lowered |= self.state[callee as usize] != State::Pending;
                }
                if self.state[callee as usize] == State::InProgress {
                    self.error(
                        Code::COMPTIME_CYCLE,
                        value.span,
                        format!("the value of '{name}' depends on itself"),
                    )
                    .label("this calls a function that uses the constant being defined");
                    return None;
                }
            }
            if !lowered {
                break;
            }
        }
        if self.diags.has_errors() {
            return None;
        }
        let mut sink = Vec::new();
        match interp::run_to_const(&self.program, id, Some(COMPTIME_FUEL), &mut sink, &t) {
            Ok(c) => match c {
                Some(c) => Some(Value::Op(Operand::Const(c), t)),
                None => {
                    self.error(
                        Code::COMPTIME_NOT_CONST,
                        value.span,
                        format!("a compile-time value of type '{}' is not supported yet", t.name()),
                    )
                    .label("computed, but it is an error or points into the middle of a block of memory");
                    None
                }
            },
            Err(interp::Trap::OutOfFuel) => {
                self.error(
                    Code::COMPTIME_FUEL,
                    value.span,
                    format!("compile-time evaluation of '{name}' did not finish"),
                )
                .label(format!("stopped after {COMPTIME_FUEL} steps"))
                .with_note("compile-time code has a step budget so that an endless loop cannot hang the compiler");
                None
            }
            Err(trap) => {
                self.error(
                    Code::COMPTIME_FAILED,
                    value.span,
                    format!("compile-time evaluation of '{name}' failed: {}", trap.message()),
                )
                .label("evaluated here");
                None
            }
        }
    }
}
