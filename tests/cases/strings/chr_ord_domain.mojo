# `ord` of the empty string stops the program, as Mojo 1.2's does (E0609); `ord` of a longer
# string is the code point of its first character.
# EXIT: 1
# STDERR: error[E0609]: Codepoint.ord: input string must not be empty
def main():
    print(ord(String("ab")), ord(String("€uro")))
    # CHECK: 97 8364
    var empty = String()
    print(ord(empty))
