struct Empty:
    var x: Int


def main():
    var e = Empty(1)  # error[E0302]: has no constructor
