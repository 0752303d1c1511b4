# `s.format(...)`: `{}` takes the next argument's text, `{N}` the N-th, `{{`/`}}` are braces; it may
# raise (a bad index).
def main() raises:
    print(String("a{}c{}").format(1, "x"))
    print(String("{1}-{0}").format(1, 2.5))
    print(String("{{}} {}").format(True))

# The expected output, checked against Mojo 1.2:
# CHECK: a1cx
# CHECK: 2.5-1
# CHECK: {} True
