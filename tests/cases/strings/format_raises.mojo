# `format` may raise, so it needs a context that can (as in Mojo 1.2).
def main():
    print(String("a{}c").format(1))  # error[E0304]: cannot call function that may raise
