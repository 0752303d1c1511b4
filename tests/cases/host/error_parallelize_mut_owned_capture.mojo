# Work items run at once: a parallel body may not capture a value that owns memory as `mut`.
from max.algorithm import parallelize


def main():
    var s = String("hello")
    def body(i: Int) {mut s}:
        s += "x"
    parallelize(body, 4, 1)  # error[E0301]: a parallel body cannot capture 's' (a 'String') as `mut`
    print(s)
