def first() -> Int:
    return missing_a  # error[E0201]: unknown declaration 'missing_a'

def second() -> String:
    var s: String = 3  # error[E0301]: cannot implicitly convert
    return s

def main():
    print(first())
    print(second())
    print(missing_b)  # error[E0201]: unknown declaration 'missing_b'
