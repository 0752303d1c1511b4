# `xs.extend(ys)` takes the list it is given: a list variable would be copied implicitly.
def main():
    var a: List[Int] = [1]
    var b: List[Int] = [2, 3]
    a.extend(b)  # error[E0317]: cannot be implicitly copied
    print(a)
