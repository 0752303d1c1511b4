def spin(n: Int) -> Int:
    var i = n
    while i != 0:
        i = 1
    return i

comptime S = spin(1)  # error[E0401]: did not finish

def main():
    print(S)
