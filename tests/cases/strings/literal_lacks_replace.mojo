# A string literal is a StringLiteral in Mojo 1.2: it has upper/split/find/... but not replace.
def main():
    print("a,b".upper(), "a,b".split(","), "a,b".find("b"), String("x-y").replace("-", "+"))
    print("x-y".replace("-", "+"))  # error[E0310]: value has no attribute 'replace'
