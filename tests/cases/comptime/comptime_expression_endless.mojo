# A `comptime(...)` value that never finishes is an error, not a hang.
def spin(x: Int) -> Int:
    var n = x
    while n > 0:
        n += 1
    return n

def main():
    print(comptime(spin(1)))  # error[E0401]: did not finish
