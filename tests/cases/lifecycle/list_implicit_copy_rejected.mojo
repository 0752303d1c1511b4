def main():
    var a: List[Int] = [1, 2, 3]
    var b = a  # error[E0317]: cannot be implicitly copied
    b.append(4)
    print(a, b)
