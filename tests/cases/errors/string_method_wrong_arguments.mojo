def main():
    var s = String("abc")
    print(s.replace("a"))  # error[E0302]: missing argument 'new': 'String.replace' expected 2 arguments
    print(s.upper(1))  # error[E0302]: 'String.upper' takes at most 0 positional arguments, got 1
    print(s.find("a", 1, 2))  # error[E0302]: 'String.find' takes at most 2 positional arguments, got 3
    print(s.find(sub="a"))  # error[E0303]: unknown keyword argument 'sub' in call to 'String.find'
    print(chr(65, 66))  # error[E0302]: 'chr' takes at most 1 positional argument, got 2
