def fail():
    raise Error("no")  # error[E0304]: cannot raise an error in a context that cannot raise


def main():
    fail()
