//! The standard-library modules a program can import, and the names each provides today. The
//! names are built into the checker (pointers, math on SIMD values); importing them is accepted
//! under `std.` and under the legacy bare module names, and importing anything else is a clear
//! error rather than a silent success.

/// The names of `std.math` written in the language (`stdlib/builtin/math.mojo`).
pub const MATH_STDLIB: &[&str] = &[
    "pi",
    "tau",
    "e",
    "isnan",
    "isinf",
    "isfinite",
    "gcd",
    "lcm",
    "copysign",
    "hypot",
    "atan2",
    "fma",
    "factorial",
    "isclose",
    "clamp",
    "inf",
    "nan",
    "pow",
    "ldexp",
    "frexp",
    "modf",
    "remainder",
    "ceildiv",
    "align_up",
    "align_down",
    "scalb",
    "nextafter",
    "ulp",
];

/// The names of `std.math` that work on `SIMD` float values lane by lane (and on `Float64`).
pub const MATH_UNARY: &[&str] = &[
    "sqrt", "floor", "ceil", "trunc", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
    "asin", "acos", "atan", "sinh", "cosh", "tanh", "cbrt", "erf", "erfc", "gamma", "lgamma", "asinh", "acosh",
    "atanh", "rsqrt", "recip", "j0", "j1", "y0", "y1", "logb",
];

/// The names of `std.testing` (`stdlib/testing/testing.mojo`).
const TESTING: &[&str] = &[
    "assert_true",
    "assert_false",
    "assert_equal",
    "assert_not_equal",
    "assert_almost_equal",
];

const MEMORY: &[&str] = &[
    "UnsafePointer",
    "Pointer",
    "alloc",
    "unsafe_memcpy",
    "unsafe_memset",
    "unsafe_memset_zero",
    "memset_zero",
    "memcpy",
    "memset",
    "bitcast",
    "OwnedPointer",
    "ArcPointer",
    "stack_allocation",
    "AddressSpace",
];

/// The names of `std.collections.string`.
const STRING: &[&str] = &["String", "StringSlice", "StaticString", "Codepoint"];

/// The prelude names Mojo 1.2 also lets a program import from a `std.builtin` submodule
/// (`from std.builtin.sort import sort`): importing them changes nothing.
const BUILTIN: &[&str] = &[
    "sort",
    "range",
    "len",
    "Sized",
    "Bool",
    "Boolable",
    "Error",
    "Tuple",
    "debug_assert",
    "DType",
    "Slice",
    "AnyType",
    "Copyable",
    "Movable",
    "ImplicitlyCopyable",
    "Comparable",
];

/// The device side of `max.gpu` (`stdlib/gpu/gpu.mojo`; the index values are built in).
const GPU: &[&str] = &[
    "thread_idx",
    "block_idx",
    "block_dim",
    "grid_dim",
    "global_idx",
    "barrier",
    "syncwarp",
    "lane_id",
    "warp_id",
    "WARP_SIZE",
    "AddressSpace",
    "stack_allocation",
    // (submodules, imported by name: `from max.gpu.primitives import warp`)
    "warp",
    "block",
    "primitives",
];

/// `max.gpu.host` (`stdlib/gpu/host.mojo`).
const GPU_HOST: &[&str] = &["DeviceContext", "DeviceBuffer", "HostBuffer", "Dim"];

/// `max.gpu.primitives.warp`: `warp.sum(x)` is `_warp_sum(x)`.
const WARP: &[&str] = &[
    "shuffle_down",
    "shuffle_up",
    "shuffle_xor",
    "shuffle_idx",
    "sum",
    "max",
    "min",
    "broadcast",
];

/// The submodules a `from PACKAGE import NAME` can bind as a module: (package, name, module).
pub fn submodule(package: &str, name: &str) -> Option<&'static str> {
    match (canonical(package)?, name) {
        ("gpu", "warp") => Some("warp"),
        ("gpu", "block") => Some("block"),
        _ => None,
    }
}

/// The module a path names (`std.memory`, `memory`, `memory.unsafe_pointer`, `max.gpu.host`),
/// if known.
pub fn canonical(path: &str) -> Option<&'static str> {
    let p = path
        .strip_prefix("std.")
        .or_else(|| path.strip_prefix("max."))
        .unwrap_or(path);
    let top = p.split('.').next().unwrap_or(p);
    match top {
        "gpu" if p.ends_with(".warp") => Some("warp"),
        "gpu" if p.ends_with(".block") => Some("block"),
        "gpu" if p.contains(".host") => Some("gpu.host"),
        "gpu" => Some("gpu"),
        "atomic" => Some("atomic"),
        "os" if p.ends_with(".atomic") => Some("atomic"),
        "memory" => Some("memory"),
        "math" => Some("math"),
        "collections" => Some("collections"),
        "hash" => Some("hash"),
        "bit" => Some("bit"),
        "testing" => Some("testing"),
        "utils" => Some("utils"),
        "sys" => Some("sys"),
        "time" => Some("time"),
        "random" => Some("random"),
        "algorithm" => Some("algorithm"),
        "builtin" => Some("builtin"),
        _ => None,
    }
}

/// Whether module `m` (canonical) provides `name`.
pub fn exports(m: &str, name: &str) -> bool {
    match m {
        "memory" => MEMORY.contains(&name),
        "hash" => matches!(name, "Hasher" | "Hashable" | "hash"),
        "bit" => crate::lanes::LaneUn::bit(name).is_some(),
        "testing" => TESTING.contains(&name),
        "utils" => name == "Variant",
        "sys" => {
            matches!(
                name,
                "argv"
                    | "exit"
                    | "num_logical_cores"
                    | "num_physical_cores"
                    | "num_performance_cores"
                    | "has_accelerator"
                    | "is_gpu"
                    | "is_nvidia_gpu"
                    | "is_amd_gpu"
                    | "is_little_endian"
                    | "is_big_endian"
            ) || crate::check::TYPE_QUERIES.contains(&name)
        }
        "time" => matches!(name, "perf_counter_ns" | "perf_counter" | "monotonic"),
        "gpu" => GPU.contains(&name) || GPU_HOST.contains(&name) || WARP[..4].contains(&name),
        "gpu.host" => GPU_HOST.contains(&name),
        "warp" => WARP.contains(&name),
        "block" => matches!(name, "sum" | "max" | "min" | "broadcast"),
        "atomic" => name == "Atomic",
        "algorithm" => matches!(name, "vectorize" | "parallelize"),
        "random" => matches!(
            name,
            "seed"
                | "random_float64"
                | "random_si64"
                | "random_ui64"
                | "randn_float64"
                | "randint"
                | "rand"
                | "randn"
                | "shuffle"
        ),
        "math" => {
            MATH_UNARY.contains(&name)
                || matches!(name, "abs" | "min" | "max" | "round" | "iota")
                || MATH_STDLIB.contains(&name)
        }
        "collections" => {
            matches!(
                name,
                "List"
                    | "Dict"
                    | "Set"
                    | "Optional"
                    | "DictEntry"
                    | "Array"
                    | "InlineArray"
                    | "Span"
                    | "Deque"
                    | "Counter"
            ) || STRING.contains(&name)
        }
        "builtin" => BUILTIN.contains(&name),
        _ => false,
    }
}
