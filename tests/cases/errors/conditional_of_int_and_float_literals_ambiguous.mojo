# `1 if c else 0.5` with no type to merge into is ambiguous in Mojo 1.2: both literals convert to
# each other.
def f(x: Float64) -> Float64:
    return x

def main():
    var c = True
    var x = 1 if c else 0.5  # error[E0301]: ambiguous merge
    print(x, f(2 if c else 1.5))  # error[E0301]: ambiguous merge
