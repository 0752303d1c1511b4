# splitlines() breaks at \r\n, \n, \r, \v, \f, 0x1C-0x1E, NEL, U+2028, U+2029 (and, in Mojo 1.2, a tab),
# not at 0x1F; keepends=True keeps each break (checked with `mojo run` 1.2.0).
def main():
    var seps: List[String] = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u2028", "\u2029", "\r\n", "\r", "\n", "\t"]
    for sep in seps:
        var s = "a" + sep + "b"
        print(len(s.splitlines()), end=" ")
    print()
    var t = String("one\r\ntwo\n\nthree\rfour\n")
    print(t.splitlines())
    print(t.splitlines(keepends=True).__len__(), repr(t.splitlines(keepends=True)[0]), repr(t.splitlines(True)[2]))
    print(len(String("").splitlines()), len(String("\n").splitlines()), String("x\r").splitlines(True)[0] == "x\r")
# CHECK: 2 2 2 2 2 1 2 2 2 2 2 2 2 
# CHECK: [one, two, , three, four]
# CHECK: 5 'one\r\n' '\n'
# CHECK: 0 1 True
