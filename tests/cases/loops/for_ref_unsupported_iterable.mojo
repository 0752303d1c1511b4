# `for ref` works on lists, arrays and spans; anything else is reported.
def main():
    var d: Dict[String, Int] = {"a": 1}
    for ref k in d:  # error[E0314]: `for ref` over 'Dict[String, Int]' is not supported yet
        print(k)
