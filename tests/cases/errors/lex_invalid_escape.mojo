def main():
    var s = "a\qb"  # error[E0106]: invalid escape sequence
    print(s)
