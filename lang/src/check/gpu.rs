//! The parts of the GPU API the compiler builds itself (`max.gpu`, `max.gpu.host`); the rest is
//! stdlib code (`stdlib/gpu/`).
//! - `thread_idx.x`, `block_idx.y`, `block_dim.z`, `grid_dim.x`, `global_idx.x`: an `Int`
//!   (`Intrinsic::GpuId`).
//! - `stack_allocation[n, dtype, address_space=AddressSpace.SHARED]()`: the block's shared
//!   memory for this call site (`Intrinsic::SharedAlloc`; one allocation per site and block, as
//!   a `__shared__` array in CUDA).
//! - `ctx.enqueue_function[kernel](args..., grid_dim=..., block_dim=..., shared_mem_bytes=...)`:
//!   the arguments are converted to the kernel's parameter types, packed in memory as a tuple and
//!   handed to the device with the kernel's function id (`Intrinsic::GpuLaunch`); the device
//!   compiles (or simulates) that instance on first launch.

use super::builder::FnCx;
use super::expr::poison;
use super::{Checker, Value};
use crate::ast::{Arg, Expr, ExprKind};
use crate::diag::Code;
use crate::mir::{Const, FuncId, Intrinsic, Operand, Rvalue, Ty};
use crate::source::Span;

/// The names of the GPU index values and their `GpuId` kind.
pub(super) const GPU_INDEX: &[(&str, i64)] = &[
    ("thread_idx", 0),
    ("block_idx", 1),
    ("block_dim", 2),
    ("grid_dim", 3),
    ("global_idx", 4),
];

/// `std.sys`'s questions about the code's target, answered per target where a kernel is compiled
/// (`Intrinsic::GpuTarget`).
pub(super) const TARGET_QUERIES: &[&str] = &["is_gpu", "is_nvidia_gpu", "is_amd_gpu"];

/// The launch methods of `DeviceContext`.
pub(super) const LAUNCH_METHODS: &[&str] = &["enqueue_function", "enqueue_function_checked"];

impl<'a> Checker<'a, '_> {
    /// Whether `thread_idx` (etc.) names the GPU index here (imported, and not shadowed).
    pub(super) fn gpu_index_kind(&self, cx: &FnCx<'a>, base: &Expr) -> Option<i64> {
        let ExprKind::Name(n) = &base.kind else { return None };
        let kind = GPU_INDEX.iter().find(|(k, _)| k == n)?.1;
        (cx.lookup(n).is_none() && !self.fn_by_name.contains_key(n) && (self.items.imported.contains(n) || cx.is_std))
            .then_some(kind)
    }

    /// `thread_idx.x` and the like.
    pub(super) fn gpu_index(&mut self, cx: &mut FnCx<'a>, kind: i64, base: &Expr, axis: &crate::ast::Name) -> Value {
        let Some(a) = ["x", "y", "z"].iter().position(|x| *x == axis.text) else {
            let ExprKind::Name(n) = &base.kind else { return poison() };
            self.error(
                Code::UNKNOWN_MEMBER,
                axis.span,
                format!("'{n}' has no attribute '{}'", axis.text),
            )
            .label("not an axis")
            .with_help("the axes are `x`, `y` and `z`");
            return poison();
        };
        let ops = vec![Operand::Const(Const::Int(kind)), Operand::Const(Const::Int(a as i64))];
        Value::Op(
            cx.emit_temp(Ty::Int, Rvalue::Intrinsic(Intrinsic::GpuId, ops), axis.span),
            Ty::Int,
        )
    }

    /// `stack_allocation[count, dtype, address_space=AddressSpace.SHARED]()`.
    pub(super) fn stack_allocation(&mut self, cx: &mut FnCx<'a>, ps: &[Arg], args: &[Arg], span: Span) -> Value {
        let positional: Vec<&Arg> = ps.iter().filter(|p| p.name.is_none()).collect();
        let space = ps
            .iter()
            .find(|p| p.name.as_ref().is_some_and(|n| n.text == "address_space"));
        let shared = space.is_some_and(|p| matches!(&p.value.kind, ExprKind::Attr(_, m) if m.text == "SHARED"));
        if !args.is_empty() || positional.len() != 2 {
            self.error(
                Code::ARITY,
                span,
                "'stack_allocation' takes `[count, type, address_space=...]` and no arguments",
            )
            .label("wrong parameters for this call");
            return poison();
        }
        if !shared {
            self.error(
                Code::UNSUPPORTED,
                span,
                "'stack_allocation' is supported for GPU shared memory only",
            )
            .label("not `address_space=AddressSpace.SHARED`")
            .with_help("use `stack_allocation[n, T, address_space=AddressSpace.SHARED]()` in a kernel, or `alloc[T](n)` elsewhere");
            return poison();
        }
        let Some(count) = self.const_int_param(&positional[0].value) else {
            return poison();
        };
        let elem = self.param_type(cx, &positional[1].value);
        if elem == Ty::Unknown {
            return poison();
        }
        let Some(bytes) = (count.max(0) as u64)
            .checked_mul(crate::mir::layout::of(&elem).size)
            .filter(|b| *b <= u32::MAX as u64)
        else {
            self.error(
                Code::TYPE_MISMATCH,
                span,
                format!("{count} values of '{}' are too much shared memory", elem.name()),
            )
            .label("too large")
            .with_help("a block has at most a few hundred KiB of shared memory");
            return poison();
        };
        // One allocation per call site (in each function instance) and block.
        // (An instance of a generic function is a function of its own: its arrays are its own.)
        let function = self.checking.map_or(0, |f| f as i64 + 1);
        let site = (function << 40) | ((span.file as i64 & 0xff) << 32) | span.lo as i64;
        let pty = Ty::Ptr(Box::new(elem));
        let ops = vec![
            Operand::Const(Const::Int(site)),
            Operand::Const(Const::Int(bytes as i64)),
        ];
        Value::Op(
            cx.emit_temp(pty.clone(), Rvalue::Intrinsic(Intrinsic::SharedAlloc, ops), span),
            pty,
        )
    }

    /// A type given as a parameter: a type, or a `DType` (its scalar).
    fn param_type(&mut self, cx: &mut FnCx<'a>, e: &Expr) -> Ty {
        if let ExprKind::Attr(base, name) = &e.kind {
            if matches!(&base.kind, ExprKind::Name(n) if n == "DType") {
                if let Some(dt) = crate::dtype::DType::from_name(&name.text) {
                    return Ty::Simd(dt, 1);
                }
            }
        }
        let _ = cx;
        self.resolve_type(e)
    }

    /// A compile-time `Int` parameter's value.
    fn const_int_param(&mut self, e: &Expr) -> Option<i64> {
        match self.comptime_const(e)? {
            Const::Int(n) if n >= 0 => Some(n),
            _ => {
                self.error(
                    Code::TYPE_MISMATCH,
                    e.span,
                    "the count must be a non-negative compile-time `Int`",
                )
                .label("not a count");
                None
            }
        }
    }

    /// The kernel instance a launch or `compile_function` names (`k` or `k[params]`), given
    /// the arguments that infer its parameters.
    fn kernel_instance(
        &mut self,
        cx: &mut FnCx<'a>,
        ps: &[Arg],
        args: &[(Value, Span)],
        what: &str,
        span: Span,
    ) -> Option<FuncId> {
        let Some(kernel_expr) = ps.first().filter(|p| p.name.is_none()) else {
            self.error(
                Code::ARITY,
                span,
                format!("'{what}' needs the kernel: `ctx.{what}[kernel](...)`"),
            )
            .label("no kernel given");
            return None;
        };
        let (kname, explicit): (String, &[Arg]) = match &kernel_expr.value.kind {
            ExprKind::Name(n) => (n.clone(), &[]),
            ExprKind::Subscript { base, args } => match &base.kind {
                ExprKind::Name(n) => (n.clone(), args.as_slice()),
                _ => (String::new(), &[]),
            },
            _ => (String::new(), &[]),
        };
        if kname.is_empty() || cx.lookup(&kname).is_some() {
            self.error(
                Code::TYPE_MISMATCH,
                kernel_expr.value.span,
                "the kernel must be a function named here",
            )
            .label("not a function name");
            return None;
        }
        let id = if explicit.is_empty() && !self.generic_by_name.contains_key(&kname) {
            match self.fn_by_name.get(&kname).map(|ids| ids.as_slice()) {
                Some([id]) => Some(*id),
                Some(_) => {
                    self.error(
                        Code::TYPE_MISMATCH,
                        kernel_expr.value.span,
                        format!("kernel '{kname}' is overloaded"),
                    )
                    .label("ambiguous kernel");
                    return None;
                }
                None => None,
            }
        } else {
            self.instantiate_call(cx, &kname, explicit, args, span)
        };
        if id.is_none() && !self.generic_by_name.contains_key(&kname) {
            self.error(
                Code::UNKNOWN_NAME,
                kernel_expr.value.span,
                format!("no kernel function named '{kname}'"),
            )
            .label("not a function");
        }
        let id = id?;
        let sig = &self.sigs[id as usize];
        if sig.raises || sig.ret != Ty::None {
            self.error(
                Code::TYPE_MISMATCH,
                kernel_expr.value.span,
                format!("kernel '{kname}' must not raise or return a value"),
            )
            .label("not a kernel")
            .with_help(
                "a kernel is a `def` without `raises` and without a result; it writes its results through pointers",
            );
            return None;
        }
        Some(id)
    }

    /// `ctx.enqueue_function[kernel](args..., grid_dim=..., block_dim=..., shared_mem_bytes=...)`.
    pub(super) fn launch_kernel(
        &mut self,
        cx: &mut FnCx<'a>,
        ctx: &Expr,
        ps: &[Arg],
        args: &[Arg],
        span: Span,
    ) -> Value {
        let cv = self.expr(cx, ctx);
        let (cop, _) = self.materialize(cx, cv, ctx.span);
        let a = self.eval_args(cx, args);
        let Some(id) = self.kernel_instance(cx, ps, &a.positional, "enqueue_function", span) else {
            return poison();
        };
        let sig = self.sigs[id as usize].clone();
        let params: Vec<(String, Ty)> = sig.params.iter().map(|p| (p.name.clone(), p.ty.clone())).collect();
        let name = sig.name.clone();
        self.emit_launch(cx, cop, Operand::Const(Const::Int(id as i64)), &name, &params, a, span)
    }

    /// `ctx.compile_function[kernel]()`: the kernel, compiled for the device now, as a value
    /// for `ctx.enqueue_function(f, args..., grid_dim=..., block_dim=...)`.
    pub(super) fn compile_kernel(
        &mut self,
        cx: &mut FnCx<'a>,
        ctx: &Expr,
        ps: &[Arg],
        args: &[Arg],
        span: Span,
    ) -> Value {
        let cv = self.expr(cx, ctx);
        let (cop, _) = self.materialize(cx, cv, ctx.span);
        if let Some(a) = args.first() {
            self.error(Code::ARITY, a.value.span, "'compile_function' takes no arguments")
                .label("unexpected argument");
            return poison();
        }
        let Some(id) = self.kernel_instance(cx, ps, &[], "compile_function", span) else {
            return poison();
        };
        let sig = self.sigs[id as usize].clone();
        for p in &sig.params {
            if !self.device_passable(&p.name, &p.ty, span) {
                return poison();
            }
        }
        let handle = cx.emit_temp(Ty::Int, Rvalue::Field(cop, 0), span);
        cx.emit(
            None,
            Rvalue::Intrinsic(
                Intrinsic::GpuCompile,
                vec![handle, Operand::Const(Const::Int(id as i64))],
            ),
            span,
        );
        self.function_as_value(cx, id, span)
    }

    /// `ctx.enqueue_function(f, args..., grid_dim=..., block_dim=...)` with `f` from
    /// `compile_function`.
    pub(super) fn launch_compiled(&mut self, cx: &mut FnCx<'a>, ctx: &Expr, args: &[Arg], span: Span) -> Value {
        let cv = self.expr(cx, ctx);
        let (cop, _) = self.materialize(cx, cv, ctx.span);
        let mut a = self.eval_args(cx, args);
        if a.positional.is_empty() {
            self.error(
                Code::ARITY,
                span,
                "'enqueue_function' needs the kernel: `ctx.enqueue_function[kernel](...)`, or a function from `compile_function`",
            )
            .label("no kernel given");
            return poison();
        }
        let (f, fspan) = a.positional.remove(0);
        a.sources.remove(0);
        let (fop, fty) = self.materialize(cx, f, fspan);
        let Ty::Func(fnty) = &fty else {
            if fty != Ty::Unknown {
                self.error(
                    Code::TYPE_MISMATCH,
                    fspan,
                    format!(
                        "the kernel must be a function from `compile_function`, not a '{}'",
                        fty.name()
                    ),
                )
                .label("not a kernel");
            }
            return poison();
        };
        if fnty.raises || fnty.ret != Ty::None {
            self.error(Code::TYPE_MISMATCH, fspan, "a kernel must not raise or return a value")
                .label("not a kernel");
            return poison();
        }
        let params: Vec<(String, Ty)> = fnty
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("#{i}"), t.clone()))
            .collect();
        let kernel = cx.emit_temp(Ty::Int, Rvalue::Cast(fop, Ty::Int), span);
        self.emit_launch(cx, cop, kernel, "", &params, a, span)
    }

    /// The launch itself: the arguments converted to the kernel's parameter types and packed in
    /// memory as a tuple, the shape, and `Intrinsic::GpuLaunch`.
    #[allow(clippy::too_many_arguments)]
    fn emit_launch(
        &mut self,
        cx: &mut FnCx<'a>,
        ctx: Operand,
        kernel: Operand,
        kname: &str,
        params: &[(String, Ty)],
        a: super::call::CallArgs,
        span: Span,
    ) -> Value {
        let mut dims = [
            [1i64; 3].map(|c| Operand::Const(Const::Int(c))),
            [1i64; 3].map(|c| Operand::Const(Const::Int(c))),
        ];
        let mut shared = Operand::Const(Const::Int(0));
        let (mut got_grid, mut got_block) = (false, false);
        for (k, v, s) in &a.keywords {
            match k.as_str() {
                "grid_dim" | "block_dim" => {
                    let which = usize::from(k == "block_dim");
                    if which == 0 {
                        got_grid = true;
                    } else {
                        got_block = true;
                    }
                    match self.launch_dims(cx, v.clone(), *s) {
                        Some(d) => dims[which] = d,
                        None => return poison(),
                    }
                }
                "shared_mem_bytes" => shared = self.coerce(cx, v.clone(), &Ty::Int, *s),
                _ => {
                    self.error(
                        Code::UNKNOWN_KEYWORD,
                        *s,
                        format!("'enqueue_function' has no keyword '{k}'"),
                    )
                    .label("unknown keyword")
                    .with_help("the launch keywords are `grid_dim`, `block_dim` and `shared_mem_bytes`");
                    return poison();
                }
            }
        }
        if !got_grid || !got_block {
            let missing = if got_grid { "block_dim" } else { "grid_dim" };
            self.error(Code::ARITY, span, format!("'enqueue_function' needs `{missing}=`"))
                .label("launch shape missing");
            return poison();
        }
        if a.positional.len() != params.len() {
            let who = if kname.is_empty() {
                "the kernel".to_string()
            } else {
                format!("kernel '{kname}'")
            };
            self.error(
                Code::ARITY,
                span,
                format!(
                    "{who} takes {} argument(s), but {} were given",
                    params.len(),
                    a.positional.len()
                ),
            )
            .label("wrong number of kernel arguments");
            return poison();
        }
        let mut ops = Vec::new();
        let mut tys = Vec::new();
        for ((v, s), (pname, pty)) in a.positional.iter().zip(params) {
            if !self.device_passable(pname, pty, *s) {
                return poison();
            }
            // A `DeviceBuffer` given for a pointer parameter passes its device address.
            let v = match (pty, v) {
                (Ty::Ptr(_), Value::Op(_, Ty::Struct(st))) if st.name.starts_with("DeviceBuffer") => {
                    match self.call_dunder(cx, "unsafe_ptr", v.clone(), None, vec![], *s) {
                        Some(p) => p,
                        None => return poison(),
                    }
                }
                _ => v.clone(),
            };
            ops.push(self.coerce(cx, v, pty, *s));
            tys.push(pty.clone());
        }
        let pack_ty = Ty::Tuple(tys);
        let size = crate::mir::layout::of(&pack_ty).size as i64;
        let pack = cx.emit_temp(pack_ty.clone(), Rvalue::Tuple(ops), span);
        let pty = Ty::Ptr(Box::new(pack_ty));
        let at = cx.emit_temp(pty, Rvalue::Alloc(Operand::Const(Const::Int(1))), span);
        cx.emit(None, Rvalue::Store(at.clone(), pack), span);
        let handle = cx.emit_temp(Ty::Int, Rvalue::Field(ctx, 0), span);
        let mut launch = vec![handle, kernel, at.clone(), Operand::Const(Const::Int(size))];
        let [grid, block] = dims;
        launch.extend(grid);
        launch.extend(block);
        launch.push(shared);
        cx.emit(None, Rvalue::Intrinsic(Intrinsic::GpuLaunch, launch), span);
        cx.emit(None, Rvalue::Free(at), span);
        super::call::none()
    }

    /// Whether kernel parameter `name: ty` can be passed to a GPU (reported at `span` if not).
    fn device_passable(&mut self, name: &str, ty: &Ty, span: Span) -> bool {
        let Some(why) = not_device_passable(ty) else {
            return true;
        };
        self.error(
            Code::TYPE_MISMATCH,
            span,
            format!(
                "kernel parameter '{name}' has type '{}', which cannot be passed to a GPU: {why}",
                ty.name()
            ),
        )
        .label("not DevicePassable")
        .with_help("use a fixed-width type such as `Int32` or `Int64`, or an `UnsafePointer` to device memory");
        false
    }

    /// A launch dimension: an `Int`, or a tuple of one to three `Int`s.
    fn launch_dims(&mut self, cx: &mut FnCx<'a>, v: Value, span: Span) -> Option<[Operand; 3]> {
        let (o, t) = self.materialize(cx, v, span);
        let one = || Operand::Const(Const::Int(1));
        match &t {
            Ty::Int => Some([o, one(), one()]),
            Ty::Simd(..) => Some([self.coerce(cx, Value::Op(o, t.clone()), &Ty::Int, span), one(), one()]),
            Ty::Tuple(es) if (1..=3).contains(&es.len()) && es.iter().all(|e| matches!(e, Ty::Int | Ty::Simd(..))) => {
                let mut d = [one(), one(), one()];
                for (i, e) in es.iter().enumerate() {
                    let f = cx.emit_temp(e.clone(), Rvalue::Field(o.clone(), i as u32), span);
                    d[i] = self.coerce(cx, Value::Op(f, e.clone()), &Ty::Int, span);
                }
                Some(d)
            }
            // `Dim(x, y, z)`.
            Ty::Struct(st) if st.name == "Dim" => {
                Some([0, 1, 2].map(|i| cx.emit_temp(Ty::Int, Rvalue::Field(o.clone(), i), span)))
            }
            Ty::Unknown => None,
            other => {
                self.error(
                    Code::TYPE_MISMATCH,
                    span,
                    format!(
                        "a launch dimension is an `Int`, a tuple of up to three or a `Dim`, not '{}'",
                        other.name()
                    ),
                )
                .label("not a launch dimension");
                None
            }
        }
    }
}

/// Why a kernel parameter of type `ty` cannot be passed to a GPU (`None` if it can).
fn not_device_passable(ty: &Ty) -> Option<&'static str> {
    match ty {
        Ty::Int => Some("`Int` has no fixed width on the device"),
        Ty::Bool => Some("`Bool` has no fixed layout on the device"),
        Ty::String | Ty::Error => Some("it owns host memory"),
        Ty::Func(_) => Some("it is a host function"),
        Ty::Tuple(es) => es.iter().find_map(not_device_passable),
        Ty::Struct(st) => st.fields().iter().find_map(|(_, t)| not_device_passable(t)),
        _ => None,
    }
}
