def half(f: Float64) -> Float64:
    return f / 2

def main():
    var i = 5
    print(half(i))  # error[E0301]: cannot implicitly convert
