//! The error-code registry. Codes are grouped by stage and never reused; each has a page
//! `spec/errors/E0xxx.md`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Code(pub u16);

macro_rules! codes {
    ($($name:ident = $num:literal, $title:literal;)*) => {
        impl Code {
            $(pub const $name: Code = Code($num);)*
        }
        /// Every code with its one-line title, in order.
        pub const REGISTRY: &[(Code, &str)] = &[$((Code($num), $title)),*];
    };
}

codes! {
    // E00xx: the driver (input files)
    FILE_UNREADABLE = 1, "the input file cannot be read";
    FILE_NOT_UTF8 = 2, "the input file is not UTF-8 text";
    FILE_EMPTY = 3, "the input file is empty";
    // E01xx: lex and parse
    INVALID_CHAR = 101, "invalid character in source";
    UNTERMINATED_STRING = 102, "unterminated string literal";
    MIXED_INDENT = 103, "inconsistent use of tabs and spaces in indentation";
    BAD_DEDENT = 104, "unindent does not match any outer indentation level";
    BAD_NUMBER = 105, "invalid number literal";
    BAD_ESCAPE = 106, "invalid escape sequence in string literal";
    SYNTAX = 110, "syntax error";
    UNEXPECTED_EOF = 111, "unexpected end of file";
    EXPECTED_BLOCK = 112, "expected an indented block";
    // E02xx: resolve
    UNKNOWN_NAME = 201, "use of unknown declaration";
    DUPLICATE = 202, "duplicate definition";
    NO_MAIN = 203, "the program has no `main` function";
    BAD_TOP_LEVEL = 204, "statement not allowed at module level";
    UNKNOWN_MODULE = 205, "unknown module";
    DEPRECATED = 206, "deprecated spelling (a warning)";
    // E03xx: check
    TYPE_MISMATCH = 301, "type mismatch";
    ARITY = 302, "wrong number of arguments";
    UNKNOWN_KEYWORD = 303, "unknown or repeated keyword argument";
    RAISES_IN_NON_RAISING = 304, "call to a raising function in a context that cannot raise";
    BAD_OPERATOR = 305, "operator not supported for these types";
    UNINITIALIZED = 306, "use of an uninitialized variable";
    IMMUTABLE = 307, "assignment to an immutable value";
    OUTSIDE_LOOP = 308, "`break` or `continue` outside a loop";
    MISSING_RETURN = 309, "missing return in a function that returns a value";
    UNKNOWN_MEMBER = 310, "unknown attribute or method";
    NOT_CALLABLE = 311, "value is not callable";
    TUPLE_INDEX = 312, "tuple index out of range or not constant";
    BAD_MAIN = 313, "invalid signature for `main`";
    UNSUPPORTED = 314, "language feature not supported yet";
    UNDECLARED_ASSIGN = 315, "assignment to an undeclared variable";
    TRAIT_NOT_IMPLEMENTED = 316, "struct does not implement a trait it conforms to";
    IMPLICIT_COPY = 317, "value cannot be implicitly copied";
    ALIASED_ARGUMENTS = 318, "a value passed to a `mut` argument reaches the call through another argument";
    // E04xx: compile-time evaluation
    COMPTIME_FUEL = 401, "compile-time evaluation did not finish";
    COMPTIME_CYCLE = 402, "compile-time value depends on itself";
    COMPTIME_NOT_CONST = 403, "expression cannot be evaluated at compile time";
    COMPTIME_FAILED = 404, "compile-time evaluation failed";
    // E06xx: runtime errors (printed by the runtime, not the checker)
    DIV_BY_ZERO = 601, "division by zero in integer `/`, `//` or `%`";
    ASSERT_FAILED = 602, "assertion failed";
    STACK_OVERFLOW = 603, "stack overflow";
    UNHANDLED_ERROR = 604, "unhandled error raised out of `main`";
    INDEX_OUT_OF_BOUNDS = 605, "index out of bounds";
    INVALID_MEMORY = 606, "invalid memory access";
    EMPTY_OPTIONAL = 607, "value of an empty Optional";
    LEAK = 608, "memory never freed (`--leak-check`)";
    INVALID_ARGUMENT = 609, "a library function was given a value outside its domain";
    GPU_FAULT = 610, "a GPU kernel could not run";
    GPU_DIVERGENCE = 611, "a barrier or warp operation not reached by every thread that must reach it";
    INTERRUPTED = 612, "interrupted (Ctrl-C in the REPL)";
}

impl Code {
    pub fn title(self) -> &'static str {
        REGISTRY
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, t)| *t)
            .unwrap_or("unknown code")
    }
    pub fn parse(text: &str) -> Option<Code> {
        let n: u16 = text.strip_prefix('E')?.parse().ok()?;
        REGISTRY.iter().map(|(c, _)| *c).find(|c| c.0 == n)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "E{:04}", self.0)
    }
}
