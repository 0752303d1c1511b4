def name() -> Int:
    return "bob"  # error[E0301]: cannot implicitly convert

def main():
    print(name())
