# `zip` outside a `for` header is not supported yet: a diagnostic that says where it works.
def main():
    var a: List[Int] = [1, 2]
    var z = zip(a, a)  # error[E0201]: use of unknown declaration 'zip'
