//! MIR: per function, a CFG of basic blocks over typed locals (concrete types only). Locals are
//! assigned by statements (Rust-MIR style); each backend builds its own SSA. The one IR that the
//! JIT and the interpreter both execute.

pub mod cleanup;
pub mod contract;
pub mod display;
pub mod fields;
pub mod inline;
pub mod layout;
pub mod verify;

pub use crate::dtype::DType;
pub use crate::lanes::{LaneBin, LaneUn, Reduce};
use crate::source::Span;
use std::rc::Rc;

/// A struct type: its fields in declaration order. Two struct types are equal when they are the
/// same declaration. The fields are set once, after the type exists, so that a field may point
/// to the struct itself (`next: Pointer[Node, ...]`).
pub struct StructTy {
    pub id: u32,
    pub name: String,
    fields: std::cell::OnceCell<Vec<(String, Ty)>>,
    /// How diagnostics name the type: `name`, with a template instance's parameters
    /// (`List[Int]`, `DictKeyError[String]`).
    pub display: String,
}

impl StructTy {
    pub fn new(id: u32, name: String, fields: Vec<(String, Ty)>, display: String) -> StructTy {
        let t = StructTy::incomplete(id, name, display);
        let _ = t.fields.set(fields);
        t
    }

    /// A struct whose fields are being resolved (`complete` sets them).
    pub fn incomplete(id: u32, name: String, display: String) -> StructTy {
        StructTy {
            id,
            name,
            fields: std::cell::OnceCell::new(),
            display,
        }
    }

    pub fn complete(&self, fields: Vec<(String, Ty)>) {
        let _ = self.fields.set(fields);
    }

    pub fn fields(&self) -> &[(String, Ty)] {
        self.fields.get().map(Vec::as_slice).unwrap_or(&[])
    }
}

impl std::fmt::Debug for StructTy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "struct {} (#{})", self.display, self.id)
    }
}

impl PartialEq for StructTy {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Int,
    /// `SIMD[dtype, width]`; every scalar number type but `Int` is one of width 1.
    Simd(DType, u32),
    /// A compile-time `DType` value.
    DType,
    Bool,
    String,
    None,
    Error,
    Tuple(Vec<Ty>),
    /// Laid out like a tuple of its fields.
    Struct(Rc<StructTy>),
    /// `UnsafePointer[T]` (and `Pointer[T, origin]`): an address of values of type `T`, laid out
    /// in memory as `layout::of` says.
    Ptr(Box<Ty>),
    /// A function as a run-time value (`def(Int) thin -> Int`): held as the number of one of the
    /// program's functions, called through a dispatcher (see `check/fnvalues.rs`).
    Func(Rc<FnTy>),
    /// The type of an expression that already has an error: accepted everywhere, so one
    /// mistake gives one diagnostic. Never reaches a verified program.
    Unknown,
}

impl Ty {
    pub const FLOAT64: Ty = Ty::Simd(DType::F64, 1);

    /// Whether this is a `SIMD` of width 1 (a scalar of some dtype).
    pub fn scalar_dtype(&self) -> Option<DType> {
        match self {
            Ty::Simd(dt, 1) => Some(*dt),
            _ => None,
        }
    }

    /// The element types of an aggregate (tuple or struct).
    pub fn elements(&self) -> Option<Vec<Ty>> {
        match self {
            Ty::Tuple(ts) => Some(ts.clone()),
            Ty::Struct(st) => Some(st.fields().iter().map(|(_, t)| t.clone()).collect()),
            _ => None,
        }
    }

    /// The Mojo spelling, used in diagnostics.
    pub fn name(&self) -> String {
        match self {
            Ty::Int => "Int".into(),
            Ty::Simd(dt, 1) if *dt != DType::Bool => dt.alias().into(),
            Ty::Simd(dt, w) => format!("SIMD[DType.{}, {w}]", dt.name()),
            Ty::DType => "DType".into(),
            Ty::Bool => "Bool".into(),
            Ty::String => "String".into(),
            Ty::None => "None".into(),
            Ty::Error => "Error".into(),
            Ty::Unknown => "<error>".into(),
            Ty::Ptr(t) => format!("UnsafePointer[{}]", t.name()),
            Ty::Func(f) => {
                let ps: Vec<String> = f.params.iter().map(|t| t.name()).collect();
                let raises = if f.raises { " raises" } else { "" };
                format!("def({}) thin{raises} -> {}", ps.join(", "), f.ret.name())
            }
            Ty::Struct(st) => st.display.clone(),
            Ty::Tuple(ts) => format!("Tuple[{}]", ts.iter().map(|t| t.name()).collect::<Vec<_>>().join(", ")),
        }
    }
}

/// The signature of a function type.
#[derive(Clone, Debug, PartialEq)]
pub struct FnTy {
    pub params: Vec<Ty>,
    pub ret: Ty,
    pub raises: bool,
}

pub type Local = u32;
pub type BlockId = u32;
pub type FuncId = u32;

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    /// A width-1 SIMD value: its dtype and canonical lane bits (see `lanes`).
    Scalar(DType, u64),
    /// A SIMD value of width > 1 (a compile-time constant), canonical lanes.
    Vector(DType, Vec<u64>),
    DType(DType),
    Bool(bool),
    Str(String),
    None,
    /// A struct or tuple value known at compile time: its type and its elements.
    Aggregate(Ty, Vec<Const>),
    /// A pointer in a value computed at compile time (`comptime SQ = squares(10)`, a `List`):
    /// null, or a block of memory holding these elements. Never an operand in MIR: the checker
    /// builds such a value anew (allocating its memory) wherever it is used.
    Memory(Ty, Option<Vec<Const>>),
}

impl Const {
    pub fn float(x: f64) -> Const {
        Const::Scalar(DType::F64, x.to_bits())
    }

    pub fn ty(&self) -> Ty {
        match self {
            Const::Int(_) => Ty::Int,
            Const::Scalar(dt, _) => Ty::Simd(*dt, 1),
            Const::Vector(dt, l) => Ty::Simd(*dt, l.len() as u32),
            Const::DType(_) => Ty::DType,
            Const::Bool(_) => Ty::Bool,
            Const::Str(_) => Ty::String,
            Const::None => Ty::None,
            Const::Aggregate(t, _) => t.clone(),
            Const::Memory(t, _) => Ty::Ptr(Box::new(t.clone())),
        }
    }

    /// Whether the value holds compile-time memory (and must be built where it is used).
    pub fn holds_memory(&self) -> bool {
        match self {
            Const::Memory(..) => true,
            Const::Aggregate(_, cs) => cs.iter().any(Const::holds_memory),
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Local(Local),
    Const(Const),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    IntAdd,
    IntSub,
    IntMul,
    /// `/` on `Int`: truncates toward zero (Mojo 1.2).
    IntTruncDiv,
    IntFloorDiv,
    IntMod,
    IntPow,
    IntAnd,
    IntOr,
    IntXor,
    IntShl,
    IntShr,
    IntEq,
    IntNe,
    IntLt,
    IntLe,
    IntGt,
    IntGe,
    /// Element-wise on `SIMD` operands of one type; comparisons give `Bool` at width 1 and
    /// `SIMD[DType.bool, w]` otherwise.
    Lane(LaneBin),
    BoolEq,
    BoolNe,
    BoolAnd,
    BoolOr,
    BoolXor,
    StrConcat,
    StrEq,
    StrNe,
    StrLt,
    StrLe,
    StrGt,
    StrGe,
    StrContains,
    StrRepeat,
}

impl BinOp {
    /// Integer division and modulo trap on a zero divisor.
    pub fn can_trap(self) -> bool {
        matches!(self, BinOp::IntTruncDiv | BinOp::IntFloorDiv | BinOp::IntMod)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    IntNeg,
    IntNot,
    BoolNot,
    Lane(LaneUn),
}

/// Conversions and string operations provided by the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    IntToStr,
    /// The text of a width-1 SIMD value of any dtype.
    ScalarToStr,
    BoolToStr,
    StrByteLength,
    StrToBool,
    ErrorFromStr,
    ErrorToStr,
    /// The error `Int(s)` raises for `s`, or "" if `s` is a valid integer.
    StrIntError,
    StrToIntUnchecked,
    /// The error `Float64(s)` raises for `s`, or "" if `s` is a valid number.
    StrFloatError,
    StrToFloatUnchecked,
    /// Byte length of the UTF-8 code point starting at a byte offset.
    StrCodepointLen,
    /// The byte at an offset (0 outside the string).
    StrByte,
    /// The bytes `[lo, hi)` as a new string (offsets on code-point boundaries).
    StrSlice,
    /// `s += t` on a string variable: consumes `s` and gives `s` followed by `t`, appended in
    /// place where `s` owns its bytes (amortized linear, not a copy of `s` per append).
    StrAppend,
    /// `chr(i)`: the text of a code point ("" for an invalid one; see `unicode`).
    Chr,
    /// The upper-case text of a code point (Unicode's full mapping; see `unicode`).
    CodepointUpper,
    /// The lower-case text of a code point.
    CodepointLower,
    /// A new string from `n` UTF-8 bytes at an address (invalid sequences become U+FFFD).
    StrFromBytes,
    WriteStr,
    WriteInt,
    /// `0x...`: an address as text.
    IntToHex,
    /// Stop the program with a run-time error: (code such as `E0605`, message, location text).
    Abort,
    /// Write a width-1 SIMD value of any dtype.
    WriteScalar,
    WriteBool,
    /// A new string with the bytes of a string (or error): the copy of an owned `String`.
    StrCopy,
    /// Destroy an owned string (or error), freeing its bytes.
    StrFree,
    /// The next line of standard input with its `\n` (without one at the end of the input; ""
    /// when there is nothing left).
    ReadLine,
    /// `open(path, mode)`: a file handle, or -1 (see `files`).
    FileOpen,
    /// The text of the failure of the last file operation ("" if it succeeded).
    FileError,
    /// Up to `n` bytes of a file as text (`n < 0`: the rest); "" on a failure.
    FileRead,
    /// Write a string to a file: 0, or -1.
    FileWrite,
    /// Close a file: 0.
    FileClose,
    /// Read up to `n` bytes of an open file into memory at a pointer: how many (-1: an error).
    FileReadBytes,
    /// How many command-line arguments the program has (its path included; see `process`).
    ArgCount,
    /// Command-line argument `i`.
    Arg,
    /// Nanoseconds of a monotonic clock.
    PerfCounterNs,
    /// How many threads the machine runs at once (see `process::cores`).
    Cores,
    /// Start `std.random`'s generator again from a seed (see `random`).
    RandomSeed,
    /// Seed `std.random`'s generator from the time of day.
    RandomSeedTime,
    /// The next 64 bits of `std.random`'s generator, as an `Int`.
    RandomNext,
    /// End the program now with an exit status (no destructors run, as in Mojo).
    Exit,
    // The device side of a GPU kernel (`max.gpu`).
    /// `(kind, axis) -> Int`: `thread_idx` (0), `block_idx` (1), `block_dim` (2), `grid_dim` (3),
    /// `global_idx` (4) along axis 0..3 (x, y, z); `lane_id()` is kind 5.
    GpuId,
    /// `barrier()`: waits for every thread of the block.
    Barrier,
    /// `(kind, value, lane) -> value`: a warp shuffle (kind 0 down, 1 up, 2 xor, 3 idx; 4 is
    /// `syncwarp`, the value unchanged); waits for the warp's other lanes.
    WarpShuffle,
    /// `(site, bytes) -> pointer`: the block's shared memory for one `stack_allocation` site.
    SharedAlloc,
    /// `(op, pointer, value) -> old value`: an atomic read-modify-write (`op` is a `LaneBin`
    /// code, or `ATOMIC_EXCHANGE`).
    AtomicRmw,
    // The host side (`max.gpu.host`), through `device::Device`.
    /// `(api) -> Int`: open a device (-1 on failure; see `GpuError`).
    GpuOpen,
    /// The message of the last failed device operation.
    GpuError,
    /// `(dev, bytes) -> address` (-1 on failure).
    GpuAlloc,
    /// `(dev, address) -> status` (0 ok).
    GpuFree,
    /// `(dev, device address, host address, bytes) -> status`.
    GpuWrite,
    /// `(dev, host address, device address, bytes) -> status`.
    GpuRead,
    /// `(dev, device dst, device src, bytes) -> status`.
    GpuCopy,
    /// `(dev, kernel, packed arguments, grid x y z, block x y z, shared bytes)`: a fault ends the
    /// program.
    GpuLaunch,
    /// `(dev)`: wait for the device.
    GpuSync,
    /// `(dev, kernel)`: get the kernel ready on the device (`compile_function`).
    GpuCompile,
    /// `(dev) -> String`: the device's name.
    GpuName,
    /// `(dev) -> String`: its API (`cuda`, `hip`, `sim`).
    GpuApi,
    /// `() -> Bool`: whether a device can be opened (`has_accelerator()`).
    GpuAvailable,
    /// `(body, n, workers, env)`: `std.algorithm.parallelize`: call function `body(i, env)` for
    /// each `i` in `0..n`, on up to `workers` threads (0: one per core); `env` points to the
    /// closure's captured values. Returns when every call has.
    Parallelize,
    /// `(kind) -> Bool`: whether the code runs on a GPU (0), an NVIDIA GPU (1), an AMD GPU (2):
    /// a constant of each target (`is_nvidia_gpu()`); on the `sim` device only "a GPU" holds.
    GpuTarget,
    /// `(pointer, alignment) -> pointer`: the pointer, which the program promises is aligned to
    /// `alignment` bytes (`p.load[width=4, alignment=16]()`): a GPU loads and stores through it
    /// as whole vectors; the interpreter checks the promise.
    AlignHint,
}

/// `AtomicRmw`'s operation code for a plain exchange (the others are `LaneBin` codes).
pub const ATOMIC_EXCHANGE: i64 = 100;

impl Intrinsic {
    /// Intrinsics that stdlib source may call as `__intrinsic_<name>(...)`: (intrinsic, arguments, result).
    pub fn by_name(name: &str) -> Option<(Intrinsic, Vec<Ty>, Ty)> {
        Some(match name {
            "str_int_error" => (Intrinsic::StrIntError, vec![Ty::String], Ty::String),
            "str_slice" => (Intrinsic::StrSlice, vec![Ty::String, Ty::Int, Ty::Int], Ty::String),
            "str_to_int_unchecked" => (Intrinsic::StrToIntUnchecked, vec![Ty::String], Ty::Int),
            "str_byte" => (Intrinsic::StrByte, vec![Ty::String, Ty::Int], Ty::Int),
            "str_codepoint_len" => (Intrinsic::StrCodepointLen, vec![Ty::String, Ty::Int], Ty::Int),
            "chr" => (Intrinsic::Chr, vec![Ty::Int], Ty::String),
            "codepoint_upper" => (Intrinsic::CodepointUpper, vec![Ty::Int], Ty::String),
            "codepoint_lower" => (Intrinsic::CodepointLower, vec![Ty::Int], Ty::String),
            "str_from_bytes" => (
                Intrinsic::StrFromBytes,
                vec![Ty::Ptr(Box::new(Ty::Simd(crate::dtype::DType::U8, 1))), Ty::Int],
                Ty::String,
            ),
            "read_line" => (Intrinsic::ReadLine, vec![], Ty::String),
            "file_open" => (Intrinsic::FileOpen, vec![Ty::String, Ty::String], Ty::Int),
            "file_error" => (Intrinsic::FileError, vec![], Ty::String),
            "file_read" => (Intrinsic::FileRead, vec![Ty::Int, Ty::Int], Ty::String),
            "file_write" => (Intrinsic::FileWrite, vec![Ty::Int, Ty::String], Ty::Int),
            "file_close" => (Intrinsic::FileClose, vec![Ty::Int], Ty::Int),
            "file_read_bytes" => (
                Intrinsic::FileReadBytes,
                vec![
                    Ty::Int,
                    Ty::Ptr(Box::new(Ty::Simd(crate::dtype::DType::U8, 1))),
                    Ty::Int,
                ],
                Ty::Int,
            ),
            "arg_count" => (Intrinsic::ArgCount, vec![], Ty::Int),
            "arg" => (Intrinsic::Arg, vec![Ty::Int], Ty::String),
            "perf_counter_ns" => (Intrinsic::PerfCounterNs, vec![], Ty::Int),
            "cores" => (Intrinsic::Cores, vec![], Ty::Int),
            "random_seed" => (Intrinsic::RandomSeed, vec![Ty::Int], Ty::None),
            "random_seed_time" => (Intrinsic::RandomSeedTime, vec![], Ty::None),
            "random_next" => (Intrinsic::RandomNext, vec![], Ty::Int),
            "exit" => (Intrinsic::Exit, vec![Ty::Int], Ty::None),
            "str_float_error" => (Intrinsic::StrFloatError, vec![Ty::String], Ty::String),
            "str_to_float_unchecked" => (Intrinsic::StrToFloatUnchecked, vec![Ty::String], Ty::FLOAT64),
            "abort" => (Intrinsic::Abort, vec![Ty::String, Ty::String, Ty::String], Ty::None),
            "gpu_id" => (Intrinsic::GpuId, vec![Ty::Int, Ty::Int], Ty::Int),
            "barrier" => (Intrinsic::Barrier, vec![], Ty::None),
            "gpu_open" => (Intrinsic::GpuOpen, vec![Ty::String], Ty::Int),
            "gpu_error" => (Intrinsic::GpuError, vec![], Ty::String),
            "gpu_alloc" => (Intrinsic::GpuAlloc, vec![Ty::Int, Ty::Int], Ty::Int),
            "gpu_free" => (Intrinsic::GpuFree, vec![Ty::Int, Ty::Int], Ty::Int),
            "gpu_write" => (Intrinsic::GpuWrite, vec![Ty::Int; 4], Ty::Int),
            "gpu_read" => (Intrinsic::GpuRead, vec![Ty::Int; 4], Ty::Int),
            "gpu_copy" => (Intrinsic::GpuCopy, vec![Ty::Int; 4], Ty::Int),
            "gpu_sync" => (Intrinsic::GpuSync, vec![Ty::Int], Ty::None),
            "gpu_name" => (Intrinsic::GpuName, vec![Ty::Int], Ty::String),
            "gpu_api" => (Intrinsic::GpuApi, vec![Ty::Int], Ty::String),
            "gpu_available" => (Intrinsic::GpuAvailable, vec![], Ty::Bool),
            "gpu_target" => (Intrinsic::GpuTarget, vec![Ty::Int], Ty::Bool),
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Intrinsic::IntToStr => "int_to_str",
            Intrinsic::ScalarToStr => "scalar_to_str",
            Intrinsic::BoolToStr => "bool_to_str",
            Intrinsic::StrByteLength => "str_byte_length",
            Intrinsic::StrToBool => "str_to_bool",
            Intrinsic::ErrorFromStr => "error_from_str",
            Intrinsic::ErrorToStr => "error_to_str",
            Intrinsic::StrIntError => "str_int_error",
            Intrinsic::StrToIntUnchecked => "str_to_int_unchecked",
            Intrinsic::StrFloatError => "str_float_error",
            Intrinsic::StrToFloatUnchecked => "str_to_float_unchecked",
            Intrinsic::StrCodepointLen => "str_codepoint_len",
            Intrinsic::StrByte => "str_byte",
            Intrinsic::StrSlice => "str_slice",
            Intrinsic::StrAppend => "str_append",
            Intrinsic::Chr => "chr",
            Intrinsic::CodepointUpper => "codepoint_upper",
            Intrinsic::CodepointLower => "codepoint_lower",
            Intrinsic::StrFromBytes => "str_from_bytes",
            Intrinsic::WriteStr => "write_str",
            Intrinsic::WriteInt => "write_int",
            Intrinsic::WriteScalar => "write_scalar",
            Intrinsic::IntToHex => "int_to_hex",
            Intrinsic::Abort => "abort",
            Intrinsic::WriteBool => "write_bool",
            Intrinsic::StrCopy => "str_copy",
            Intrinsic::StrFree => "str_free",
            Intrinsic::ReadLine => "read_line",
            Intrinsic::FileOpen => "file_open",
            Intrinsic::FileError => "file_error",
            Intrinsic::FileRead => "file_read",
            Intrinsic::FileWrite => "file_write",
            Intrinsic::FileClose => "file_close",
            Intrinsic::FileReadBytes => "file_read_bytes",
            Intrinsic::ArgCount => "arg_count",
            Intrinsic::Arg => "arg",
            Intrinsic::PerfCounterNs => "perf_counter_ns",
            Intrinsic::Cores => "cores",
            Intrinsic::RandomSeed => "random_seed",
            Intrinsic::RandomSeedTime => "random_seed_time",
            Intrinsic::RandomNext => "random_next",
            Intrinsic::Exit => "exit",
            Intrinsic::GpuId => "gpu_id",
            Intrinsic::Barrier => "barrier",
            Intrinsic::WarpShuffle => "warp_shuffle",
            Intrinsic::SharedAlloc => "shared_alloc",
            Intrinsic::AtomicRmw => "atomic_rmw",
            Intrinsic::GpuOpen => "gpu_open",
            Intrinsic::GpuError => "gpu_error",
            Intrinsic::GpuAlloc => "gpu_alloc",
            Intrinsic::GpuFree => "gpu_free",
            Intrinsic::GpuWrite => "gpu_write",
            Intrinsic::GpuRead => "gpu_read",
            Intrinsic::GpuCopy => "gpu_copy",
            Intrinsic::GpuLaunch => "gpu_launch",
            Intrinsic::GpuSync => "gpu_sync",
            Intrinsic::GpuCompile => "gpu_compile",
            Intrinsic::GpuName => "gpu_name",
            Intrinsic::GpuApi => "gpu_api",
            Intrinsic::GpuAvailable => "gpu_available",
            Intrinsic::AlignHint => "align_hint",
            Intrinsic::GpuTarget => "gpu_target",
            Intrinsic::Parallelize => "parallelize",
        }
    }

    /// Intrinsics whose type follows an argument (stdlib only): `warp_shuffle(kind, v, lane)`
    /// and `atomic_rmw(op, p, v)` give `v`'s type. (The checker builds `SharedAlloc` and
    /// `GpuLaunch` itself.)
    pub fn polymorphic(name: &str) -> Option<Intrinsic> {
        match name {
            "warp_shuffle" => Some(Intrinsic::WarpShuffle),
            "atomic_rmw" => Some(Intrinsic::AtomicRmw),
            _ => None,
        }
    }

    /// Statements that wait for other GPU threads (of the block or the warp) before they finish.
    pub fn waits_for_others(self) -> bool {
        matches!(self, Intrinsic::Barrier | Intrinsic::WarpShuffle)
    }

    /// Device-side intrinsics: only meaningful inside a kernel.
    pub fn is_device(self) -> bool {
        matches!(
            self,
            Intrinsic::GpuId
                | Intrinsic::Barrier
                | Intrinsic::WarpShuffle
                | Intrinsic::SharedAlloc
                | Intrinsic::AtomicRmw
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    Binary(BinOp, Operand, Operand),
    Unary(UnOp, Operand),
    Tuple(Vec<Operand>),
    Field(Operand, u32),
    /// The aggregate with element `u32` replaced (functional update: `p.x = v`).
    SetField(Operand, u32, Operand),
    Intrinsic(Intrinsic, Vec<Operand>),
    /// A numeric conversion between `Int`, `Bool` and `SIMD` types of the same width (to the
    /// destination's type): to `Bool` is `!= 0`, float to integer truncates (saturating), integer
    /// to integer wraps.
    Cast(Operand, Ty),
    /// Every lane set to the scalar operand; the width is the destination's.
    Splat(Operand, u32),
    /// The operand's bits (a SIMD value) read as the destination's SIMD type, of the same size.
    Bitcast(Operand),
    /// A SIMD value from its lanes (width-1 SIMD operands of its dtype).
    Lanes(Vec<Operand>),
    /// Lane `i` (an `Int`; out of range is a trap) as a width-1 SIMD.
    Extract(Operand, Operand),
    /// The vector with lane `i` replaced.
    Insert(Operand, Operand, Operand),
    Reduce(Reduce, Operand),
    /// Lane-wise `cond ? a : b`, `cond` a SIMD of `bool` (or `Bool` at width 1).
    Select(Operand, Operand, Operand),
    /// Lanes picked from the concatenation of the two operands (both of one type).
    Shuffle(Operand, Operand, Vec<u32>),
    /// `a * b + c` lane-wise.
    Fma(Operand, Operand, Operand),
    /// Fresh zeroed memory for `n` values of the pointee of the destination's pointer type.
    Alloc(Operand),
    /// Release memory from `Alloc` (no destination).
    Free(Operand),
    /// The value at the address, of the destination's type (the pointee, or a SIMD of the
    /// pointee's dtype for a wide load).
    Load(Operand),
    /// Write the value at the address (no destination).
    Store(Operand, Operand),
    /// The address `i` values of the pointee further on.
    Offset(Operand, Operand),
    /// The address of field `i` of the struct or tuple the pointer points to.
    FieldAddr(Operand, u32),
    /// Copy `n` bytes from the second address to the first (no destination).
    MemCopy(Operand, Operand, Operand),
    /// Set `n` bytes at the address to a byte value (an `Int`) (no destination).
    MemSet(Operand, Operand, Operand),
    /// Marker: the owner's value was moved elsewhere and must not be destroyed here.
    Forget(Local),
    /// Marker: the owner's value is lent to the next call as a `mut` argument: it comes back
    /// through the call's results, whether the call returns or raises, and is stored back.
    Lend(Local),
    /// Marker: destroy the owner's value now if it holds one (before it is overwritten).
    DropNow(Local),
    /// Marker: destroy this value now (an old field value being replaced).
    DropValue(Operand),
    /// Marker: the end of a source statement, where the values that died in it are destroyed.
    StmtEnd,
    /// The operand's value (like `Use`), which is a view (a `Span`) of the owner's value: the
    /// owner lives as long as the view is used.
    ViewOf(Operand, Local),
    /// The address of an `addressed` local (`Pointer(to=x)`), which lives in memory; the
    /// pointer is a view of the local, which lives as long as the pointer is used.
    AddrOf(Local),
}

#[derive(Clone, Debug)]
pub struct Statement {
    /// `None` for intrinsics that produce nothing (writes).
    pub dest: Option<Local>,
    pub value: Rvalue,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrapKind {
    AssertFailed,
}

#[derive(Clone, Debug)]
pub enum Terminator {
    Goto(BlockId),
    Branch {
        cond: Operand,
        then: BlockId,
        orelse: BlockId,
    },
    Return(Operand),
    /// Return the error in the first operand to the caller (only in raising functions), with the
    /// final values of the `mut` parameters, which go back to the caller on this edge too (in the
    /// result's places after the result itself, which is left undefined).
    Raise(Operand, Vec<Operand>),
    /// Call `func`; a raising callee's error goes to `on_error` (stored in the local first).
    Call {
        func: FuncId,
        args: Vec<Operand>,
        dest: Local,
        next: BlockId,
        on_error: Option<(Local, BlockId)>,
        span: Span,
    },
    /// Run-time failure: print the message (with the location) and exit non-zero.
    Trap {
        kind: TrapKind,
        message: Operand,
        span: Span,
    },
    Unreachable,
}

impl Terminator {
    /// The blocks control may go to next (a call's error edge included).
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Goto(b) => vec![*b],
            Terminator::Branch { then, orelse, .. } => vec![*then, *orelse],
            Terminator::Call { next, on_error, .. } => {
                let mut v = vec![*next];
                v.extend(on_error.map(|(_, b)| b));
                v
            }
            _ => vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Statement>,
    pub term: Terminator,
}

#[derive(Clone, Debug)]
pub struct LocalDecl {
    pub ty: Ty,
    pub name: Option<String>,
    /// The local owns its value, which is destroyed after its last use (see `check::drops`).
    pub owner: bool,
    /// The local's address is taken (`AddrOf`): the executors keep it in memory (a stack slot,
    /// or a block of the interpreter's memory) for the whole call, not in registers.
    pub addressed: bool,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub params: Vec<Local>,
    pub ret: Ty,
    pub raises: bool,
    /// What a raising function raises: `Error`, or the type of a typed `raises T`.
    pub error: Ty,
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub funcs: Vec<Function>,
    pub main: Option<FuncId>,
    /// Functions declared `@always_inline`: inlined whatever their size (`mir::inline`).
    pub always_inline: std::collections::BTreeSet<FuncId>,
}

impl Rvalue {
    /// The operands the rvalue reads (the markers read none: they name a local, not a value).
    pub fn operands(&self) -> Vec<&Operand> {
        match self {
            Rvalue::Use(o)
            | Rvalue::ViewOf(o, _)
            | Rvalue::Unary(_, o)
            | Rvalue::Field(o, _)
            | Rvalue::Cast(o, _)
            | Rvalue::Splat(o, _)
            | Rvalue::Bitcast(o)
            | Rvalue::Reduce(_, o)
            | Rvalue::Alloc(o)
            | Rvalue::Free(o)
            | Rvalue::Load(o)
            | Rvalue::FieldAddr(o, _)
            | Rvalue::DropValue(o) => vec![o],
            Rvalue::Forget(_) | Rvalue::Lend(_) | Rvalue::DropNow(_) | Rvalue::StmtEnd | Rvalue::AddrOf(_) => {
                vec![]
            }
            Rvalue::Binary(_, a, b)
            | Rvalue::SetField(a, _, b)
            | Rvalue::Extract(a, b)
            | Rvalue::Shuffle(a, b, _)
            | Rvalue::Store(a, b)
            | Rvalue::Offset(a, b) => vec![a, b],
            Rvalue::Insert(a, b, c)
            | Rvalue::Select(a, b, c)
            | Rvalue::Fma(a, b, c)
            | Rvalue::MemCopy(a, b, c)
            | Rvalue::MemSet(a, b, c) => vec![a, b, c],
            Rvalue::Tuple(os) | Rvalue::Intrinsic(_, os) | Rvalue::Lanes(os) => os.iter().collect(),
        }
    }
}

impl Function {
    pub fn local_ty(&self, l: Local) -> &Ty {
        &self.locals[l as usize].ty
    }
    pub fn operand_ty(&self, op: &Operand) -> Ty {
        match op {
            Operand::Local(l) => self.local_ty(*l).clone(),
            Operand::Const(c) => c.ty(),
        }
    }
}

impl Program {
    /// The kernels the program launches: the function of every `enqueue_function[kernel]` and
    /// `compile_function[kernel]`, in order of first appearance.
    pub fn launched_kernels(&self) -> Vec<FuncId> {
        let mut out = Vec::new();
        for s in self.funcs.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.stmts) {
            if let Rvalue::Intrinsic(Intrinsic::GpuLaunch | Intrinsic::GpuCompile, ops) = &s.value {
                if let Some(Operand::Const(Const::Int(k))) = ops.get(1) {
                    let k = *k as FuncId;
                    if !out.contains(&k) {
                        out.push(k);
                    }
                }
            }
        }
        out
    }

    /// Functions reachable from `root` by calls, in discovery order (root first).
    pub fn reachable(&self, root: FuncId) -> Vec<FuncId> {
        let mut seen = vec![false; self.funcs.len()];
        let mut order = vec![root];
        seen[root as usize] = true;
        let mut i = 0;
        while i < order.len() {
            for b in &self.funcs[order[i] as usize].blocks {
                // Calls, and the bodies `parallelize` calls.
                let parallel = b.stmts.iter().filter_map(|s| match &s.value {
                    Rvalue::Intrinsic(Intrinsic::Parallelize, ops) => match ops.first() {
                        Some(Operand::Const(Const::Int(f))) => Some(*f as FuncId),
                        _ => None,
                    },
                    _ => None,
                });
                let called = match &b.term {
                    Terminator::Call { func, .. } => Some(*func),
                    _ => None,
                };
                for func in parallel.chain(called) {
                    if !seen[func as usize] {
                        seen[func as usize] = true;
                        order.push(func);
                    }
                }
            }
            i += 1;
        }
        order
    }
}
