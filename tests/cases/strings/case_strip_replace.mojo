# upper/lower (Unicode's full mappings, with Mojo 1.2's choices), strip and its whitespace,
# replace with an empty pattern, and repr's escapes (checked against `mojo run` 1.2.0).
def main():
    var s = String("Hello, Wörld ß ǅ İ Σ straße")
    print(s.upper())
    print(s.lower())
    print(String("x").upper(), String("ÿ").upper(), String("ǰ").upper(), String("Ω").lower(), String("K").lower())
    print(String("ǅ").upper(), String("ǅ").lower(), String("ﬁ").upper(), String("ŉ").upper(), String("ꭰ").upper())
    print(String("  \t x y \n").strip(), "|")
    print(String("xxhixx").strip("x"), String("xxhixx").lstrip("x"), String("xxhixx").rstrip("x"))
    print(String("éaé").strip("é"), String("abcba").strip("ab"), String("abc").strip(""), "|")
    print(String("abcabc").replace("b", "XY"), String("aaa").replace("a", ""), String("abc").replace("", "-"))
    print(String("ééé").replace("", "-"), String("").replace("", "-"), "|")
    print(String("aaaa").replace("aa", "b"), String("abc").replace("abcd", "x"))
    print(repr(String("it's\n\x01 é\\")), repr(String("a\"b\t\r\x7f")))
    print(ord("é"), ord("a"), chr(233), chr(0x1F600), ord(chr(0x10FFFF)))
# CHECK: HELLO, WÖRLD SS Ǆ İ Σ STRASSE
# CHECK: hello, wörld ß ǆ i σ straße
# CHECK: X Ÿ J̌ ω k
# CHECK: Ǆ ǆ FI ʼN Ꭰ
# CHECK: x y |
# CHECK: hi hixx xxhi
# CHECK: a c abc |
# CHECK: aXYcaXYc  -a-b-c
# CHECK: -é-é-é  |
# CHECK: bb abc
# CHECK: 'it\'s\n\x01 é\\' 'a"b\t\r\x7f'
# CHECK: 233 97 é 😀 1114111
