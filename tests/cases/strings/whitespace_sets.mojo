# STDERR: warning[E0206]: 'isspace' is deprecated, use 'is_ascii_whitespace' instead
# Which characters are whitespace (checked against `mojo run` 1.2.0): strip() removes tab to
# carriage return, 0x1C to 0x1E and space; split() and isspace() also take NEL (0x85) and the
# line and paragraph separators; neither takes 0x1F, no-break space or the other Unicode spaces.
def main():
    var cps: List[Int] = [9, 13, 28, 30, 31, 32, 0x85, 0xA0, 0x1680, 0x2000, 0x2028, 0x2029, 0x3000]
    for cp in cps:
        var c = chr(cp)
        var parts = len(("a" + c + "b").split())
        var l = (c + "x").lstrip().byte_length()
        var r = ("x" + c).rstrip().byte_length()
        var st = (c + "x" + c).strip().byte_length()
        print(cp, parts, l, r, st, String(c).isspace())
# CHECK: 9 2 1 1 1 True
# CHECK: 13 2 1 1 1 True
# CHECK: 28 2 1 1 1 True
# CHECK: 30 2 1 1 1 True
# CHECK: 31 1 2 2 3 False
# CHECK: 32 2 1 1 1 True
# CHECK: 133 2 3 3 5 True
# CHECK: 160 1 3 3 5 False
# CHECK: 5760 1 4 4 7 False
# CHECK: 8192 1 4 4 7 False
# CHECK: 8232 2 4 4 7 True
# CHECK: 8233 2 4 4 7 True
# CHECK: 12288 1 4 4 7 False
