# Template strings (Mojo 1.2's interpolation): `t"...{expr}..."` writes each expression's text in
# place; `{{` and `}}` are braces. The result is a `TString`: it prints, and `String(t)` converts it.
def main():
    var name = "bob"
    var n = 3
    var xs: List[Int] = [1, 2]
    print(t"{name} has {n + 1} items, {len(xs)} {xs} {{x}} {'k' in name} {1.5}")
    var t = t"n={n}"
    print(t)
    var s = String(t"{name}!")
    print(s, s.byte_length())
    print(t"""multi {n}
line""", t'single {n * 2}')

# The expected output, checked against Mojo 1.2:
# CHECK: bob has 4 items, 2 [1, 2] {x} False 1.5
# CHECK: n=3
# CHECK: bob! 4
# CHECK: multi 3
# CHECK: line single 6
