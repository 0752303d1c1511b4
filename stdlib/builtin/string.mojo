"""`String`'s methods, written in the language: `s.find(t)` is `_str_find(s, t)`. The compiler
keeps only the string's storage (its bytes, slicing, appending, comparing) and the Unicode case
tables as intrinsics. Part of the prelude, included when a program uses it."""


def _str_slice(s: String, lo: Int, hi: Int) -> String:
    """The bytes `[lo, hi)` of `s` (clamped to the string)."""
    var n = s.byte_length()
    var a = max(0, min(lo, n))
    var b = max(a, min(hi, n))
    return __intrinsic_str_slice(s, a, b)


# ===----------------------------------------------------------------------=== #
# Bytes: what the methods below are built from
# ===----------------------------------------------------------------------=== #


def _bytes_at(s: String, at: Int, t: String) -> Bool:
    """Whether the bytes of `t` are in `s` at byte offset `at` (`0 <= at` and `at + len <= n`)."""
    for k in range(t.byte_length()):
        if __intrinsic_str_byte(s, at + k) != __intrinsic_str_byte(t, k):
            return False
    return True


def _str_codepoint_at(s: String, i: Int) -> Int:
    """The code point whose UTF-8 encoding starts at byte `i` of `s`."""
    var b0 = __intrinsic_str_byte(s, i)
    var w = __intrinsic_str_codepoint_len(s, i)
    if w == 1:
        return b0
    var cp = b0 & (0x7F >> w)
    for k in range(1, w):
        cp = (cp << 6) | (__intrinsic_str_byte(s, i + k) & 0x3F)
    return cp


def ord(s: String, *, __loc: String = __call_location()) -> Int:
    """The code point of the first character of `s` (which must not be empty)."""
    if s.byte_length() == 0:
        __intrinsic_abort("E0609", "Codepoint.ord: input string must not be empty", __loc)
    return _str_codepoint_at(s, 0)


def chr(c: Int, *, __loc: String = __call_location()) -> String:
    """The one-character string of code point `c`; a surrogate or a number outside 0 to
    0x10FFFF stops the program."""
    if c < 0 or c > 0x10FFFF or (c >= 0xD800 and c <= 0xDFFF):
        __intrinsic_abort("E0609", "chr(" + String(c) + ") is not a valid Unicode codepoint", __loc)
    return __intrinsic_chr(c)


def _str_hash(s: String) -> Int:
    """`hash(s)`: FNV-1a over the bytes."""
    var h = -3750763034362895579  # 0xcbf29ce484222325, the FNV-1a offset basis
    for i in range(s.byte_length()):
        h = (h ^ __intrinsic_str_byte(s, i)) * 1099511628211
    return h


# ===----------------------------------------------------------------------=== #
# Searching
# ===----------------------------------------------------------------------=== #


def _start_offset(start: Int, n: Int) -> Int:
    """A start byte offset as Python reads it: from the end when negative, never below 0."""
    var a = start + n if start < 0 else start
    return max(a, 0)


def _str_find(s: String, substr: String, start: Int = 0) -> Int:
    """`s.find(substr, start)`: the byte offset of the first `substr` at or after `start` (from
    the end when negative), or -1. The empty string is found at 0, whatever `start` is (as
    Mojo 1.2 answers)."""
    var m = substr.byte_length()
    if m == 0:
        return 0
    var n = s.byte_length()
    var first = __intrinsic_str_byte(substr, 0)
    var i = _start_offset(start, n)
    while i + m <= n:
        if __intrinsic_str_byte(s, i) == first and _bytes_at(s, i, substr):
            return i
        i += 1
    return -1


def _str_rfind(s: String, substr: String, start: Int = 0) -> Int:
    """`s.rfind(substr, start)`: the byte offset of the last `substr` at or after `start`, or -1;
    the empty string is found at the end, whatever `start` is."""
    var n = s.byte_length()
    var m = substr.byte_length()
    if m == 0:
        return n
    var lo = _start_offset(start, n)
    if lo > n:
        return -1
    var i = n - m
    while i >= lo:
        if _bytes_at(s, i, substr):
            return i
        i -= 1
    return -1


def _str_count(s: String, substr: String) -> Int:
    """`s.count(substr)`: the non-overlapping occurrences; the empty string occurs at every byte
    offset and once more at the end (as Mojo 1.2 counts)."""
    var n = s.byte_length()
    var m = substr.byte_length()
    if m == 0:
        return n + 1
    var count = 0
    var i = 0
    while i + m <= n:
        if _bytes_at(s, i, substr):
            count += 1
            i += m
        else:
            i += 1
    return count


def _affix_bounds(n: Int, start: Int, end: Int) -> Tuple[Int, Int]:
    """The byte range `[start, end)` that `startswith`/`endswith` look at: negative offsets count
    from the end, and an `end` of -1 is the end itself."""
    var a = _start_offset(start, n)
    var b = n
    if end != -1:
        b = min(max(end + n if end < 0 else end, 0), n)
    return (a, b)


def _str_startswith(s: String, prefix: String, start: Int = 0, end: Int = -1) -> Bool:
    """`s.startswith(prefix, start, end)`: whether the bytes `[start, end)` begin with `prefix`."""
    var n = s.byte_length()
    var r = _affix_bounds(n, start, end)
    var m = prefix.byte_length()
    if r[0] > n or r[1] - r[0] < m:
        return False
    return _bytes_at(s, r[0], prefix)


def _str_endswith(s: String, suffix: String, start: Int = 0, end: Int = -1) -> Bool:
    """`s.endswith(suffix, start, end)`: whether the bytes `[start, end)` end with `suffix`."""
    var n = s.byte_length()
    var r = _affix_bounds(n, start, end)
    var m = suffix.byte_length()
    if r[0] > n or r[1] - r[0] < m:
        return False
    return _bytes_at(s, r[1] - m, suffix)


# ===----------------------------------------------------------------------=== #
# New strings
# ===----------------------------------------------------------------------=== #


def _str_replace(s: String, old: String, new: String) -> String:
    """`s.replace(old, new)`: every non-overlapping `old` replaced. An empty `old` puts `new`
    before each character (not after the last, as Mojo 1.2 does)."""
    var n = s.byte_length()
    var m = old.byte_length()
    var out = String()
    if m == 0:
        var i = 0
        while i < n:
            var w = __intrinsic_str_codepoint_len(s, i)
            out += new
            out += __intrinsic_str_slice(s, i, i + w)
            i += w
        return out^
    var run = 0
    var i = 0
    while i + m <= n:
        if _bytes_at(s, i, old):
            out += __intrinsic_str_slice(s, run, i)
            out += new
            i += m
            run = i
        else:
            i += 1
    out += __intrinsic_str_slice(s, run, n)
    return out^


def _str_case(s: String, upper: Bool) -> String:
    """`s.upper()` or `s.lower()`: ASCII letters here, other characters by Unicode's mappings
    (which at most triple a character's bytes: `ΐ` is 2 bytes, its upper case 6)."""
    var n = s.byte_length()
    var buf = alloc[UInt8](3 * n + 1)
    var k = 0
    var i = 0
    while i < n:
        var b = __intrinsic_str_byte(s, i)
        if b < 0x80:
            if upper and b >= 0x61 and b <= 0x7A:
                b -= 0x20
            elif not upper and b >= 0x41 and b <= 0x5A:
                b += 0x20
            buf[k] = UInt8(b)
            k += 1
            i += 1
        else:
            var cp = _str_codepoint_at(s, i)
            var mapped = __intrinsic_codepoint_upper(cp) if upper else __intrinsic_codepoint_lower(cp)
            for j in range(mapped.byte_length()):
                buf[k + j] = UInt8(__intrinsic_str_byte(mapped, j))
            k += mapped.byte_length()
            i += __intrinsic_str_codepoint_len(s, i)
    var out = __intrinsic_str_from_bytes(buf, k)
    buf.free()
    return out^


def _str_upper(s: String) -> String:
    return _str_case(s, True)


def _str_lower(s: String) -> String:
    return _str_case(s, False)


def _strip_space(b: Int) -> Bool:
    """Whether byte `b` is whitespace to `strip()` (see `Codepoint.is_posix_space`)."""
    return b == 0x20 or (b >= 0x09 and b <= 0x0D) or (b >= 0x1C and b <= 0x1E)


def _codepoint_start(s: String, end: Int) -> Int:
    """The byte offset of the character that ends just before byte `end`."""
    var i = end - 1
    while i > 0 and (__intrinsic_str_byte(s, i) & 0xC0) == 0x80:
        i -= 1
    return i


def _str_lstrip(s: String) -> String:
    """`s.lstrip()`: without its leading whitespace."""
    var n = s.byte_length()
    var i = 0
    while i < n and _strip_space(__intrinsic_str_byte(s, i)):
        i += 1
    return __intrinsic_str_slice(s, i, n)


def _str_rstrip(s: String) -> String:
    """`s.rstrip()`: without its trailing whitespace."""
    var j = s.byte_length()
    while j > 0 and _strip_space(__intrinsic_str_byte(s, j - 1)):
        j -= 1
    return __intrinsic_str_slice(s, 0, j)


def _str_strip(s: String) -> String:
    """`s.strip()`: without its leading and trailing whitespace."""
    var n = s.byte_length()
    var i = 0
    while i < n and _strip_space(__intrinsic_str_byte(s, i)):
        i += 1
    var j = n
    while j > i and _strip_space(__intrinsic_str_byte(s, j - 1)):
        j -= 1
    return __intrinsic_str_slice(s, i, j)


def _has_byte(s: String, b: Int) -> Bool:
    for i in range(s.byte_length()):
        if __intrinsic_str_byte(s, i) == b:
            return True
    return False


def _char_in(s: String, i: Int, j: Int, chars: String) -> Bool:
    """Whether the character at bytes `[i, j)` of `s` is one of `chars`."""
    if j == i + 1:
        return _has_byte(chars, __intrinsic_str_byte(s, i))
    return __intrinsic_str_slice(s, i, j) in chars


def _str_lstrip(s: String, chars: String) -> String:
    """`s.lstrip(chars)`: without the leading characters that are in `chars`."""
    var n = s.byte_length()
    var i = 0
    while i < n:
        var w = __intrinsic_str_codepoint_len(s, i)
        if not _char_in(s, i, i + w, chars):
            break
        i += w
    return __intrinsic_str_slice(s, i, n)


def _str_rstrip(s: String, chars: String) -> String:
    """`s.rstrip(chars)`: without the trailing characters that are in `chars`."""
    var j = s.byte_length()
    while j > 0:
        var i = _codepoint_start(s, j)
        if not _char_in(s, i, j, chars):
            break
        j = i
    return __intrinsic_str_slice(s, 0, j)


def _str_strip(s: String, chars: String) -> String:
    """`s.strip(chars)`: without the leading and trailing characters that are in `chars`."""
    var n = s.byte_length()
    var i = 0
    while i < n:
        var w = __intrinsic_str_codepoint_len(s, i)
        if not _char_in(s, i, i + w, chars):
            break
        i += w
    var j = n
    while j > i:
        var k = _codepoint_start(s, j)
        if not _char_in(s, k, j, chars):
            break
        j = k
    return __intrinsic_str_slice(s, i, j)


def _str_repr(s: String) -> String:
    """`repr(s)`: in single quotes, with `\\\\`, `\\'`, `\\n`, `\\t` and `\\r` escaped and the other
    ASCII control characters written `\\xNN`; every other character as it is."""
    var digits = "0123456789abcdef"
    var out = String("'")
    var n = s.byte_length()
    var run = 0
    for i in range(n):
        var b = __intrinsic_str_byte(s, i)
        var esc: String
        if b == 0x5C:
            esc = "\\\\"
        elif b == 0x27:
            esc = "\\'"
        elif b == 0x0A:
            esc = "\\n"
        elif b == 0x09:
            esc = "\\t"
        elif b == 0x0D:
            esc = "\\r"
        elif b < 0x20 or b == 0x7F:
            esc = "\\x" + __intrinsic_str_slice(digits, b // 16, b // 16 + 1)
            esc += __intrinsic_str_slice(digits, b % 16, b % 16 + 1)
        else:
            continue
        out += __intrinsic_str_slice(s, run, i)
        out += esc
        run = i + 1
    out += __intrinsic_str_slice(s, run, n)
    out += "'"
    return out^


def _str_byte(s: String, i: Int, __loc: String = __call_location()) -> String:
    """`s[byte=i]`: the byte at `i` (in bounds, as Mojo 1.2 checks it)."""
    var n = s.byte_length()
    if i < 0 or i >= n:
        __intrinsic_abort(
            "E0605", "index " + String(i) + " is out of bounds, valid range is 0 to " + String(n - 1), __loc
        )
    return __intrinsic_str_slice(s, i, i + 1)


def _str_byte_slice(s: String, lo: Int, hi: Int, has_hi: Bool, __loc: String = __call_location()) -> String:
    """`s[byte=lo:hi]`: the bytes from `lo` up to `hi` (the end when `hi` is left out), which must be
    in bounds and in order."""
    var n = s.byte_length()
    var end = hi if has_hi else n
    var valid = ", valid range is 0 to " + String(n)
    if lo < 0 or lo > n:
        __intrinsic_abort("E0605", "slice start index " + String(lo) + " is out of bounds" + valid, __loc)
    if end < 0 or end > n:
        __intrinsic_abort("E0605", "slice end index " + String(end) + " is out of bounds" + valid, __loc)
    if lo > end:
        __intrinsic_abort(
            "E0605", "slice start index " + String(lo) + " is greater than slice end index " + String(end), __loc
        )
    return __intrinsic_str_slice(s, lo, end)


def _str_split(s: String, sep: String) -> List[String]:
    var out = List[String]()
    var n = sep.byte_length()
    if n == 0:
        # Between every two code points, and at both ends (as Mojo 1.2 splits on "").
        out.append(String())
        var i = 0
        while i < s.byte_length():
            var w = __intrinsic_str_codepoint_len(s, i)
            out.append(__intrinsic_str_slice(s, i, i + w))
            i += w
        out.append(String())
        return out^
    var start = 0
    while True:
        var i = s.find(sep, start)
        if i < 0:
            out.append(_str_slice(s, start, s.byte_length()))
            return out^
        out.append(_str_slice(s, start, i))
        start = i + n


def _is_space(c: String) -> Bool:
    """Whether the one-character string `c` is whitespace to `split()` and `isspace()` (see
    `Codepoint.is_python_space`)."""
    return c.byte_length() > 0 and _space_width(c, 0) == c.byte_length()


def _space_width(s: String, i: Int) -> Int:
    """How many bytes the whitespace character at byte `i` of `s` takes (0 if it is not one), as
    `split()` counts whitespace: the `strip()` set, NEL (U+0085) and U+2028/U+2029."""
    var b = __intrinsic_str_byte(s, i)
    if b < 0x80:
        return 1 if _strip_space(b) else 0
    if b == 0xC2 and __intrinsic_str_byte(s, i + 1) == 0x85:
        return 2
    if b == 0xE2 and __intrinsic_str_byte(s, i + 1) == 0x80:
        var c = __intrinsic_str_byte(s, i + 2)
        if c == 0xA8 or c == 0xA9:
            return 3
    return 0


def _str_split_whitespace(s: String) -> List[String]:
    """`s.split()`: the runs of non-whitespace characters."""
    return _str_split_whitespace_max(s, -1)


def _str_split_whitespace_max(s: String, maxsplit: Int) -> List[String]:
    """`s.split(maxsplit=n)`: at most `n` splits at runs of whitespace (all when negative); the
    rest, from its first non-whitespace character on, is the last piece (as Python splits)."""
    var out = List[String]()
    var n = s.byte_length()
    var i = 0
    while True:
        while i < n:
            var w = _space_width(s, i)
            if w == 0:
                break
            i += w
        if i >= n:
            return out^
        if len(out) == maxsplit:
            out.append(__intrinsic_str_slice(s, i, n))
            return out^
        var start = i
        while i < n and _space_width(s, i) == 0:
            i += __intrinsic_str_codepoint_len(s, i)
        out.append(__intrinsic_str_slice(s, start, i))


def _str_join[T: Writable & Copyable](sep: String, items: List[T]) -> String:
    """`sep.join(items)`: the text of each item, with `sep` between them."""
    var out = String()
    for i in range(len(items)):
        if i > 0:
            out += sep
        out += String(items[i])
    return out^


def _str_join[T: Writable & Copyable](sep: String, items: Span[T]) -> String:
    """`sep.join(xs[a:b])`: the same for a slice of a list."""
    var out = String()
    for i in range(len(items)):
        if i > 0:
            out += sep
        out += String(items[i])
    return out^


def _str_is_ascii_digit(s: String) -> Bool:
    """Whether `s` is not empty and every byte is an ASCII digit."""
    if s.byte_length() == 0:
        return False
    for i in range(s.byte_length()):
        var c = __intrinsic_str_slice(s, i, i + 1)
        if c < "0" or c > "9":
            return False
    return True


def _all_space(s: String) -> Bool:
    """Whether `s` is not empty and all whitespace as `split()` counts it."""
    var n = s.byte_length()
    if n == 0:
        return False
    var i = 0
    while i < n:
        var w = _space_width(s, i)
        if w == 0:
            return False
        i += w
    return True


def _str_is_ascii_whitespace(s: String) -> Bool:
    """As Mojo 1.2 answers: `split()`'s whitespace (NEL and U+2028/U+2029 too)."""
    return _all_space(s)


@deprecated("'isspace' is deprecated, use 'is_ascii_whitespace' instead")
def _str_isspace(s: String) -> Bool:
    """Whether `s` is not empty and all whitespace as `split()` counts it (NEL and the line and
    paragraph separators too, as Mojo 1.2 answers)."""
    return _all_space(s)


def _str_is_ascii_printable(s: String) -> Bool:
    """Whether every byte is a printable ASCII character (space to `~`); true when empty."""
    for i in range(s.byte_length()):
        var b = __intrinsic_str_byte(s, i)
        if b < 32 or b > 126:
            return False
    return True


def _str_islower(s: String) -> Bool:
    """Python's rule: some cased character, and no upper-case one."""
    return s.lower() == s and s.upper() != s


def _str_isupper(s: String) -> Bool:
    return s.upper() == s and s.lower() != s


def _str_removeprefix(s: String, prefix: String) -> String:
    if s.startswith(prefix):
        return _str_slice(s, prefix.byte_length(), s.byte_length())
    return s


def _str_removesuffix(s: String, suffix: String) -> String:
    if suffix.byte_length() > 0 and s.endswith(suffix):
        return _str_slice(s, 0, s.byte_length() - suffix.byte_length())
    return s


def _line_break_width(s: String, i: Int) -> Int:
    """How many bytes the line break at byte `i` of `s` takes (0 if there is none): `\\r\\n`, `\\n`,
    `\\r`, `\\v`, `\\f`, 0x1C to 0x1E, NEL, U+2028 and U+2029, and also a tab, as Mojo 1.2 splits
    lines."""
    var b = __intrinsic_str_byte(s, i)
    if b == 0x0D:
        return 2 if __intrinsic_str_byte(s, i + 1) == 0x0A and i + 1 < s.byte_length() else 1
    if (b >= 0x09 and b <= 0x0C) or (b >= 0x1C and b <= 0x1E):
        return 1
    if b == 0xC2 and __intrinsic_str_byte(s, i + 1) == 0x85:
        return 2
    if b == 0xE2 and __intrinsic_str_byte(s, i + 1) == 0x80:
        var c = __intrinsic_str_byte(s, i + 2)
        if c == 0xA8 or c == 0xA9:
            return 3
    return 0


def _str_splitlines(s: String, keepends: Bool = False) -> List[String]:
    """The lines of `s` (a final line break ends the last line); with `keepends`, each with its
    line break."""
    var out = List[String]()
    var n = s.byte_length()
    var start = 0
    var i = 0
    while i < n:
        var w = _line_break_width(s, i)
        if w == 0:
            i += 1
            continue
        out.append(__intrinsic_str_slice(s, start, i + w if keepends else i))
        i += w
        start = i
    if start < n:
        out.append(__intrinsic_str_slice(s, start, n))
    return out^


def _str_split_max(s: String, sep: String, maxsplit: Int) -> List[String]:
    """`s.split(sep, maxsplit)`: at most `maxsplit` splits (all of them when negative)."""
    if maxsplit < 0 or sep.byte_length() == 0:
        return _str_split(s, sep)
    var out = List[String]()
    var n = sep.byte_length()
    var start = 0
    while len(out) < maxsplit:
        var i = s.find(sep, start)
        if i < 0 or n == 0:
            break
        out.append(_str_slice(s, start, i))
        start = i + n
    out.append(_str_slice(s, start, s.byte_length()))
    return out^


def _str_codepoints(s: String) -> List[Codepoint]:
    """The characters (code points) of `s`."""
    var out = List[Codepoint]()
    for c in s:
        out.append(Codepoint.ord(c))
    return out^


def ascii(s: String) -> String:
    """`s` quoted with its escapes, every byte outside printable ASCII written `\\xNN`
    (`ascii("é")` is `'\\xc3\\xa9'`); in double quotes when `s` has a `'` (quotes inside are
    not escaped, as in Mojo 1.2)."""
    var quote = "\"" if "'" in s else "'"
    var digits = "0123456789abcdef"
    var out = quote
    for i in range(s.byte_length()):
        var b = __intrinsic_str_byte(s, i)
        var c = __intrinsic_str_slice(s, i, i + 1)
        if c == "\\":
            out += "\\\\"
        elif c == "\n":
            out += "\\n"
        elif c == "\t":
            out += "\\t"
        elif c == "\r":
            out += "\\r"
        elif b < 32 or b >= 127:
            out += "\\x" + __intrinsic_str_slice(digits, b // 16, b // 16 + 1)
            out += __intrinsic_str_slice(digits, b % 16, b % 16 + 1)
        else:
            out += c
    return out + quote


def _str_codepoint_slices(s: String) -> List[String]:
    """`s.codepoint_slices()`: each character (code point) of `s` as a string of its own."""
    var out = List[String]()
    for c in s:
        out.append(c)
    return out^


def _str_count_codepoints(s: String) -> Int:
    return _str_codepoint_count(s)


struct Codepoint(Comparable, Copyable, Equatable, ImplicitlyCopyable, Intable, Writable):
    """One Unicode code point (what `s.codepoints()` yields); it prints as its character."""

    var _value: UInt32

    def __init__(out self, *, unsafe_unchecked_codepoint: UInt32):
        """A code point known to be valid (not a surrogate, at most 0x10FFFF)."""
        self._value = unsafe_unchecked_codepoint

    def __init__(out self, byte: UInt8):
        """The code point of a byte value (0 to 255: ASCII and Latin-1)."""
        self._value = UInt32(byte)

    @staticmethod
    def from_u32(value: UInt32) -> Optional[Codepoint]:
        """The code point `value`, or None for a surrogate (0xD800 to 0xDFFF) or a value past
        0x10FFFF."""
        if value > 0x10FFFF or (value >= 0xD800 and value <= 0xDFFF):
            return None
        return Codepoint(unsafe_unchecked_codepoint=value)

    @staticmethod
    def ord(s: String) -> Codepoint:
        """The code point of a one-character string."""
        return Codepoint(unsafe_unchecked_codepoint=UInt32(ord(s)))

    def to_u32(self) -> UInt32:
        return self._value

    def __int__(self) -> Int:
        return Int(self._value)

    def utf8_byte_length(self) -> Int:
        """How many bytes its UTF-8 encoding takes (1 to 4)."""
        if self._value < 0x80:
            return 1
        if self._value < 0x800:
            return 2
        if self._value < 0x10000:
            return 3
        return 4

    def is_ascii(self) -> Bool:
        return self._value < 0x80

    def is_ascii_digit(self) -> Bool:
        return self._value >= 0x30 and self._value <= 0x39

    def is_ascii_upper(self) -> Bool:
        return self._value >= 0x41 and self._value <= 0x5A

    def is_ascii_lower(self) -> Bool:
        return self._value >= 0x61 and self._value <= 0x7A

    def is_ascii_printable(self) -> Bool:
        """A space or a visible ASCII character (0x20 to 0x7E)."""
        return self._value >= 0x20 and self._value <= 0x7E

    def is_posix_space(self) -> Bool:
        """Tab to carriage return, the separators 0x1C to 0x1E, and space (as Mojo 1.2 counts)."""
        var v = self._value
        return v == 0x20 or (v >= 0x09 and v <= 0x0D) or (v >= 0x1C and v <= 0x1E)

    def is_python_space(self) -> Bool:
        """The POSIX spaces, NEL (0x85) and the line and paragraph separators (0x2028, 0x2029), as
        Mojo 1.2 counts."""
        var v = self._value
        return self.is_posix_space() or v == 0x85 or v == 0x2028 or v == 0x2029

    def __eq__(self, other: Self) -> Bool:
        return self._value == other._value

    def __ne__(self, other: Self) -> Bool:
        return self._value != other._value

    def __lt__(self, other: Self) -> Bool:
        return self._value < other._value

    def __le__(self, other: Self) -> Bool:
        return self._value <= other._value

    def __gt__(self, other: Self) -> Bool:
        return self._value > other._value

    def __ge__(self, other: Self) -> Bool:
        return self._value >= other._value

    def write_to(self, mut writer: Some[Writer]):
        writer.write(chr(Int(self._value)))


def _str_as_bytes(s: String) -> List[UInt8]:
    """The UTF-8 bytes of `s`."""
    var out = List[UInt8]()
    for i in range(s.byte_length()):
        out.append(UInt8(__intrinsic_str_byte(s, i)))
    return out^


def _str_format_texts(s: String, texts: List[String], reprs: List[String]) raises -> String:
    """`s.format(a, b, ...)` on a run-time string, given each argument's text and repr: `{}` takes
    the next argument, `{N}` the N-th, `!r` asks for the repr, `{{` and `}}` are braces. A format
    string literal is checked at compile time instead (`check/format.rs`), with these messages."""
    var out = String()
    var n = s.byte_length()
    var automatic = 0
    var manual = False
    var i = 0
    while i < n:
        var c = __intrinsic_str_slice(s, i, i + 1)
        if c == "{" and i + 1 < n and __intrinsic_str_slice(s, i + 1, i + 2) == "{":
            out += "{"
            i += 2
            continue
        if c == "}" and i + 1 < n and __intrinsic_str_slice(s, i + 1, i + 2) == "}":
            out += "}"
            i += 2
            continue
        if c == "}":
            raise Error("there is a single curly } left unclosed or unescaped")
        if c == "{":
            var close = s.find("}", i)
            if close < 0:
                raise Error("there is a single curly { left unclosed or unescaped")
            var field = __intrinsic_str_slice(s, i + 1, close)
            var repr = False
            var bang = field.find("!")
            if bang >= 0:
                var conv = __intrinsic_str_slice(field, bang + 1, field.byte_length())
                if conv == "r":
                    repr = True
                elif conv != "s":
                    raise Error("Conversion flag \"" + conv + "\" not recognized.")
                field = __intrinsic_str_slice(field, 0, bang)
            var k = 0
            if field.byte_length() == 0:
                if manual:
                    raise Error("Cannot both use manual and automatic indexing")
                k = automatic
                automatic += 1
                if k >= len(texts):
                    raise Error("Automatic indexing require more args in *args")
            else:
                for j in range(field.byte_length()):
                    if not __intrinsic_str_slice(field, j, j + 1).is_ascii_digit():
                        raise Error("Index " + field + " not in kwargs")
                if automatic > 0:
                    raise Error("Cannot both use manual and automatic indexing")
                manual = True
                k = Int(field)
                if k >= len(texts):
                    raise Error("Index " + field + " not in *args")
            if repr:
                out += reprs[k]
            else:
                out += texts[k]
            i = close + 1
            continue
        out += c
        i += 1
    return out^


def _str_codepoint_count(s: String) -> Int:
    var n = 0
    var i = 0
    var end = s.byte_length()
    while i < end:
        i += __intrinsic_str_codepoint_len(s, i)
        n += 1
    return n


def _str_codepoint_offset(s: String, k: Int) -> Int:
    """The byte offset where code point `k` starts (the byte length for `k` = the count)."""
    var i = 0
    for _ in range(k):
        i += __intrinsic_str_codepoint_len(s, i)
    return i


def _str_codepoint(s: String, k: Int, __loc: String = __call_location()) -> String:
    """`s[codepoint=k]`: the `k`-th code point (no negative indices, as in Mojo 1.2)."""
    if k < 0 or k >= _str_codepoint_count(s):
        __intrinsic_abort("E0605", "codepoint index is out of bounds: " + String(k), __loc)
    var at = _str_codepoint_offset(s, k)
    return __intrinsic_str_slice(s, at, at + __intrinsic_str_codepoint_len(s, at))


def _str_codepoint_slice(
    s: String, lo: Int, hi: Int, has_hi: Bool, __loc: String = __call_location()
) -> String:
    """`s[codepoint=lo:hi]`: the code points from `lo` up to `hi` (the end when `hi` is left out),
    which must be in bounds and in order."""
    var n = _str_codepoint_count(s)
    var end = hi if has_hi else n
    var valid = ", valid range is 0 to " + String(n)
    if lo < 0 or lo > n:
        __intrinsic_abort("E0605", "slice start index " + String(lo) + " is out of bounds" + valid, __loc)
    if end < 0 or end > n:
        __intrinsic_abort("E0605", "slice end index " + String(end) + " is out of bounds" + valid, __loc)
    if lo > end:
        __intrinsic_abort(
            "E0605", "slice start index " + String(lo) + " is greater than slice end index " + String(end), __loc
        )
    var a = _str_codepoint_offset(s, lo)
    var b = a
    for _ in range(end - lo):
        b += __intrinsic_str_codepoint_len(s, b)
    return __intrinsic_str_slice(s, a, b)


def _extends_grapheme(c: Int) -> Bool:
    """Whether code point `c` belongs to the grapheme before it: combining marks, variation
    selectors, emoji skin-tone modifiers and the zero-width joiner."""
    return (
        (c >= 0x300 and c <= 0x36F)
        or (c >= 0x1AB0 and c <= 0x1AFF)
        or (c >= 0x1DC0 and c <= 0x1DFF)
        or (c >= 0x20D0 and c <= 0x20FF)
        or (c >= 0xFE00 and c <= 0xFE0F)
        or (c >= 0xFE20 and c <= 0xFE2F)
        or (c >= 0x1F3FB and c <= 0x1F3FF)
        or c == 0x200D
        or (c >= 0xE0100 and c <= 0xE01EF)
    )


def _str_grapheme_end(s: String, at: Int) -> Int:
    """The byte offset where the grapheme starting at byte `at` ends."""
    var end = s.byte_length()
    var i = at + __intrinsic_str_codepoint_len(s, at)
    if __intrinsic_str_byte(s, at) == 13 and i < end and __intrinsic_str_byte(s, i) == 10:
        return i + 1
    while i < end:
        var w = __intrinsic_str_codepoint_len(s, i)
        var c = ord(__intrinsic_str_slice(s, i, i + w))
        if not _extends_grapheme(c):
            break
        i += w
        # A zero-width joiner glues the next code point on too.
        if c == 0x200D and i < end:
            i += __intrinsic_str_codepoint_len(s, i)
    return i


def _str_grapheme(s: String, k: Int, __loc: String = __call_location()) -> String:
    """`s[grapheme=k]`: the `k`-th user-visible character (a code point with the combining marks,
    variation selectors and joined code points that follow it)."""
    var at = 0
    var end = s.byte_length()
    var n = 0
    while at < end:
        var stop = _str_grapheme_end(s, at)
        if n == k:
            return __intrinsic_str_slice(s, at, stop)
        at = stop
        n += 1
    __intrinsic_abort("E0605", "grapheme index is out of bounds: " + String(k), __loc)
    return String()


def _str_py_slice(s: String, lo: Int, hi: Int, has_lo: Bool, has_hi: Bool) -> String:
    """Older Mojo's `s[i]` (`hi` is `lo + 1`) and `s[a:b]`: bytes, with Python's negative indices
    counted from the end (legacy mode)."""
    var n = s.byte_length()
    var a = lo if has_lo else 0
    var b = hi if has_hi else n
    if a < 0:
        a += n
    if b < 0:
        b += n
    return _str_slice(s, a, b)


@fieldwise_init
struct TString(Copyable, Writable):
    """`t"..."`: the text of a template string, with its expressions' texts in place. It prints as
    that text, and `String(t)` converts it."""

    var _text: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self._text)



def _str_ascii_ljust(s: String, width: Int, fillchar: String = " ") -> String:
    """`s` followed by `fillchar` up to `width` bytes (`s` itself if it is as long already)."""
    var out = s
    for _ in range(width - s.byte_length()):
        out += fillchar
    return out^


def _str_ascii_rjust(s: String, width: Int, fillchar: String = " ") -> String:
    """`fillchar` up to `width` bytes, then `s`."""
    var out = String()
    for _ in range(width - s.byte_length()):
        out += fillchar
    out += s
    return out^


def _str_ascii_center(s: String, width: Int, fillchar: String = " ") -> String:
    """`s` in the middle of `width` bytes; an odd padding puts the extra one on the right."""
    var pad = width - s.byte_length()
    if pad <= 0:
        return s
    var out = String()
    for _ in range(pad // 2):
        out += fillchar
    out += s
    for _ in range(pad - pad // 2):
        out += fillchar
    return out^


def _utf8_valid(bytes: Span[UInt8]) -> Bool:
    """Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past
    U+10FFFF)."""
    var n = len(bytes)
    var i = 0
    while i < n:
        var b0 = Int(bytes[i])
        if b0 < 0x80:
            i += 1
            continue
        var need = 1 if (b0 >= 0xC2 and b0 < 0xE0) else (2 if (b0 >= 0xE0 and b0 < 0xF0) else (3 if (b0 >= 0xF0 and b0 < 0xF5) else 0))
        if need == 0 or i + need >= n:
            return False
        var cp = b0 & (0x7F >> (need + 1))
        for k in range(need):
            var b = Int(bytes[i + 1 + k])
            if b < 0x80 or b >= 0xC0:
                return False
            cp = (cp << 6) | (b & 0x3F)
        if (need == 2 and (cp < 0x800 or (cp >= 0xD800 and cp < 0xE000))) or (need == 3 and (cp < 0x10000 or cp > 0x10FFFF)):
            return False
        i += need + 1
    return True


def _utf8_decode(bytes: Span[UInt8], strict: Bool) raises -> String:
    """The text of UTF-8 `bytes`. An invalid sequence raises when `strict`, else each of its bytes
    becomes U+FFFD (`String(unsafe_from_utf8=...)` promises valid bytes; this keeps the string
    valid)."""
    if _utf8_valid(bytes):
        return __intrinsic_str_from_bytes(bytes.unsafe_ptr(), len(bytes))
    var out = String()
    var n = len(bytes)
    var i = 0
    while i < n:
        var b0 = Int(bytes[i])
        var need = 0
        var cp = 0
        if b0 < 0x80:
            need = 0
            cp = b0
        elif b0 >= 0xC2 and b0 < 0xE0:
            need = 1
            cp = b0 & 0x1F
        elif b0 >= 0xE0 and b0 < 0xF0:
            need = 2
            cp = b0 & 0x0F
        elif b0 >= 0xF0 and b0 < 0xF5:
            need = 3
            cp = b0 & 0x07
        else:
            need = -1
        var ok = need >= 0 and i + need < n
        if ok:
            for k in range(need):
                var b = Int(bytes[i + 1 + k])
                if b < 0x80 or b >= 0xC0:
                    ok = False
                    break
                cp = (cp << 6) | (b & 0x3F)
        # Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
        if ok and ((need == 2 and (cp < 0x800 or (cp >= 0xD800 and cp < 0xE000))) or (need == 3 and (cp < 0x10000 or cp > 0x10FFFF))):
            ok = False
        if not ok:
            if strict:
                raise Error("Cannot construct a String from invalid UTF-8 data")
            out += chr(0xFFFD)
            i += 1
            continue
        out += chr(cp)
        i += need + 1
    return out^


def _str_from_utf8(bytes: Span[UInt8]) raises -> String:
    """`String(from_utf8=bytes)`: raises on invalid UTF-8."""
    return _utf8_decode(bytes, True)


def _str_from_utf8_unsafe(bytes: Span[UInt8]) -> String:
    """`String(unsafe_from_utf8=bytes)`."""
    try:
        return _utf8_decode(bytes, False)
    except:
        return String()


def _str___contains__(s: String, substr: String) -> Bool:
    """`s.__contains__(t)`: the dunder behind `t in s`, called by name."""
    return substr in s
