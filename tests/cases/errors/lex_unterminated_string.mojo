def main():
    var s = "abc  # error[E0102]: unterminated string
    print(s)
