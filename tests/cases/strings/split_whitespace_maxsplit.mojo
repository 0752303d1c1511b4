# s.split(maxsplit=n) splits at runs of whitespace at most n times, as Python does (checked with
# Mojo 1.2).
def main() raises:
    print(String("  a b  c d ").split(maxsplit=1), String("a b c").split(maxsplit=0), String("x  y").split(maxsplit=5), String("  ").split(maxsplit=1))
    # CHECK: [a, b  c d ] [a b c] [x, y] []
