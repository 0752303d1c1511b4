def main():
    var a = Optional(List[Int](length=2, fill=1))
    var b = a  # error[E0317]: cannot be implicitly copied
    print(a.value(), b.value())
