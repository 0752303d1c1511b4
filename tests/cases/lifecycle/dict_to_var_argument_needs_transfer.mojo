def size(var d: Dict[String, Int]) -> Int:
    return len(d)

def main():
    var d: Dict[String, Int] = {"a": 1}
    print(size(d))  # error[E0317]: cannot be implicitly copied
    print(len(d))
