# Which code points Mojo 1.2 counts as Python and POSIX spaces, printable and ASCII.
def main():
    var cps: List[Int] = [9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 65, 0x7F, 0x7E, 0x1F]
    for v in cps:
        var c = Codepoint.from_u32(UInt32(v)).value()
        print(v, c.is_python_space(), c.is_posix_space(), c.is_ascii_printable(), c.is_ascii())
# CHECK: 9 True True False True
# CHECK: 10 True True False True
# CHECK: 11 True True False True
# CHECK: 12 True True False True
# CHECK: 13 True True False True
# CHECK: 28 True True False True
# CHECK: 29 True True False True
# CHECK: 30 True True False True
# CHECK: 31 False False False True
# CHECK: 32 True True True True
# CHECK: 133 True False False False
# CHECK: 160 False False False False
# CHECK: 5760 False False False False
# CHECK: 8192 False False False False
# CHECK: 8202 False False False False
# CHECK: 8203 False False False False
# CHECK: 8232 True False False False
# CHECK: 8233 True False False False
# CHECK: 8239 False False False False
# CHECK: 8287 False False False False
# CHECK: 12288 False False False False
# CHECK: 65 False False True True
# CHECK: 127 False False False True
# CHECK: 126 False False True True
# CHECK: 31 False False False True
