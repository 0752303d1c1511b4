def main():
    var s = String("abc")
    print(s.replace("a"))  # error[E0302]: 'replace' takes 2 argument(s)
