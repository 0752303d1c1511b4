# STDERR: warning[E0206]: use g instead
# Calling a function declared `@deprecated("message")` gives Mojo's warning with the message, at
# the call; the program still runs.
@deprecated("use g instead")
def f(x: Int) -> Int:
    return x + 1


def main():
    print(f(1))
    # CHECK: 2
