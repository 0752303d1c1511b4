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
