# ascii_ljust / ascii_rjust / ascii_center pad to a width in bytes (the extra pad byte of center goes right).
def main():
    var a = String("ab")
    var b = String("abc")
    print("[" + a.ascii_center(5) + "]", "[" + b.ascii_center(6) + "]", "[" + a.ascii_center(6, "*") + "]", "[" + b.ascii_center(5, "-") + "]", "[" + b.ascii_center(2) + "]")
    print("[" + a.ascii_ljust(4, ".") + "]", "[" + a.ascii_rjust(4) + "]", "[" + b.ascii_ljust(1) + "]")
    var u = String("héllo")
    print("[" + u.ascii_rjust(7) + "]")
# CHECK: [ ab  ] [ abc  ] [**ab**] [-abc-] [abc]
# CHECK: [ab..] [  ab] [abc]
# CHECK: [ héllo]
