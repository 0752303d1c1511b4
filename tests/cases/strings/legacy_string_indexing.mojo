# Older Mojo indexed strings by byte with `s[i]` and `s[a:b]` (negative indices from the end) and
# measured them with `len(s)`: accepted in legacy mode (this program uses `fn`).
fn main():
    var s = String("hello")
    print(s[1], s[1:3], len(s), s[-1], s[-3:], s[:2], s[1:-1])
    # CHECK: e el 5 o llo he ell
