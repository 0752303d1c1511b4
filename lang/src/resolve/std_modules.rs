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

/// The module a path names (`std.memory`, `memory`, `memory.unsafe_pointer`), if known.
pub fn canonical(path: &str) -> Option<&'static str> {
    let p = path.strip_prefix("std.").unwrap_or(path);
    let top = p.split('.').next().unwrap_or(p);
    match top {
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
                    | "is_little_endian"
                    | "is_big_endian"
            ) || crate::check::TYPE_QUERIES.contains(&name)
        }
        "time" => matches!(name, "perf_counter_ns" | "perf_counter" | "monotonic"),
        "algorithm" => name == "vectorize",
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
