# Codepoint's 1.2 API: constructors from a byte and an unchecked UInt32, from_u32 (None for a
# surrogate or past 0x10FFFF), the ASCII and space predicates, utf8_byte_length, comparisons, Int(c).
def main():
    var c = Codepoint.ord("a")
    var d = Codepoint.ord("é")
    print(c.to_u32(), c.is_ascii(), c.is_ascii_digit(), c.is_ascii_upper(), c.is_ascii_lower(), c.is_ascii_printable())
    print(d.is_ascii(), d.utf8_byte_length(), Codepoint.ord("✓").utf8_byte_length(), Codepoint.ord("😀").utf8_byte_length())
    print(Codepoint.ord(" ").is_python_space(), Codepoint.ord("\n").is_posix_space(), Codepoint.ord("\x1c").is_python_space(), Codepoint.ord("\x1c").is_posix_space())
    print(Codepoint.from_u32(UInt32(233)).value(), Codepoint.from_u32(UInt32(0xD800)).__bool__(), Codepoint.from_u32(UInt32(0x110000)).__bool__())
    print(Codepoint(UInt8(66)), Codepoint(unsafe_unchecked_codepoint=UInt32(10003)))
    print(String(c), c == Codepoint.ord("a"), c < Codepoint.ord("b"), c >= d, Int(c), c != d)
    print(Codepoint.ord("7").is_ascii_digit(), Codepoint.ord("Q").is_ascii_upper(), Codepoint.ord("\t").is_ascii_printable())
    var s = String("héllo")
    for cp in s.codepoints():
        print(cp.to_u32(), end=",")
    print()
# CHECK: 97 True False False True True
# CHECK: False 2 3 4
# CHECK: True True True True
# CHECK: é False False
# CHECK: B ✓
# CHECK: a True True False 97 True
# CHECK: True True False
# CHECK: 104,233,108,108,111,
