# STDERR: warning[E0206]: 'isspace' is deprecated, use 'is_ascii_whitespace' instead
# `is_ascii_printable`, `is_ascii_whitespace`, and the deprecated `isspace` (with Mojo 1.2's
# warning).
def main():
    print(String(" \t").isspace(), String("a b").is_ascii_whitespace(), String("").is_ascii_whitespace())
    print(String("ab\x01").is_ascii_printable(), String("é").is_ascii_printable(), String("").is_ascii_printable(), String("a~ ").is_ascii_printable())
    # CHECK: True False False
    # CHECK: False False True True
