def val(tag: String, v: Int) -> Int:
    print("eval", tag)
    return v

def main():
    print(val("a", 1) < val("b", 2) < val("c", 3))
    # CHECK: eval a
    # CHECK: eval b
    # CHECK: eval c
    # CHECK: True
    print(val("a", 5) < val("b", 2) < val("c", 3))
    # CHECK: eval a
    # CHECK: eval b
    # CHECK: False
