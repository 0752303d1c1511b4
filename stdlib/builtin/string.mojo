"""The `String` methods that build collections (`split`, `join`) and byte slices, written in the
language on top of the compiler's string intrinsics. Part of the prelude."""


def _str_slice(s: String, lo: Int, hi: Int) -> String:
    """The bytes `[lo, hi)` of `s` (clamped to the string)."""
    var n = s.byte_length()
    var a = max(0, min(lo, n))
    var b = max(a, min(hi, n))
    return __intrinsic_str_slice(s, a, b)


def _str_split(s: String, sep: String) -> List[String]:
    var out = List[String]()
    var n = sep.byte_length()
    if n == 0:
        out.append(s)
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
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def _str_split_whitespace(s: String) -> List[String]:
    """`s.split()`: the runs of non-whitespace characters."""
    var out = List[String]()
    var word = String()
    for c in s:
        if _is_space(c):
            if word.byte_length() > 0:
                out.append(word)
                word = String()
        else:
            word += c
    if word.byte_length() > 0:
        out.append(word)
    return out^


def _str_join(sep: String, items: List[String]) -> String:
    var out = String()
    for i in range(len(items)):
        if i > 0:
            out += sep
        out += items[i]
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


def _str_is_ascii_whitespace(s: String) -> Bool:
    if s.byte_length() == 0:
        return False
    for c in s:
        if not _is_space(c):
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


def _str_splitlines(s: String) -> List[String]:
    """The lines of `s`, split at `\\n`, `\\r\\n` and `\\r` (a final line break ends the last line)."""
    var out = List[String]()
    var n = s.byte_length()
    var start = 0
    var i = 0
    while i < n:
        var c = __intrinsic_str_slice(s, i, i + 1)
        if c == "\n" or c == "\r":
            out.append(_str_slice(s, start, i))
            if c == "\r" and i + 1 < n and __intrinsic_str_slice(s, i + 1, i + 2) == "\n":
                i += 1
            start = i + 1
        i += 1
    if start < n:
        out.append(_str_slice(s, start, n))
    return out^


def _str_split_max(s: String, sep: String, maxsplit: Int) -> List[String]:
    """`s.split(sep, maxsplit)`: at most `maxsplit` splits (all of them when negative)."""
    if maxsplit < 0:
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


def _str_startswith(s: String, prefix: String, start: Int, end: Int = -1) -> Bool:
    """`s.startswith(prefix, start[, end])`: of the bytes `[start, end)`."""
    var stop = s.byte_length() if end < 0 else end
    return _str_slice(s, start, stop).startswith(prefix)


def _str_endswith(s: String, suffix: String, start: Int, end: Int = -1) -> Bool:
    var stop = s.byte_length() if end < 0 else end
    return _str_slice(s, start, stop).endswith(suffix)


def _str_codepoints(s: String) -> List[String]:
    """The characters (code points) of `s`, each as a one-character string."""
    var out = List[String]()
    for c in s:
        out.append(c)
    return out^


def _str_as_bytes(s: String) -> List[UInt8]:
    """The UTF-8 bytes of `s`."""
    var out = List[UInt8]()
    for i in range(s.byte_length()):
        out.append(UInt8(__intrinsic_str_byte(s, i)))
    return out^


def _str_format_texts(s: String, args: List[String]) raises -> String:
    """`s.format(a, b, ...)` with the arguments' texts: `{}` takes the next one, `{N}` the N-th,
    `{{` and `}}` are braces."""
    var out = String()
    var n = s.byte_length()
    var next = 0
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
        if c == "{":
            var close = s.find("}", i)
            if close < 0:
                raise Error("format: '{' without a matching '}'")
            var field = __intrinsic_str_slice(s, i + 1, close)
            var k = next
            if field.byte_length() > 0:
                k = Int(field)
            else:
                next += 1
            if k < 0 or k >= len(args):
                raise Error("format: index " + String(k) + " is out of range")
            out += args[k]
            i = close + 1
            continue
        out += c
        i += 1
    return out^
