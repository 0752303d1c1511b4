def risky() raises -> Int:
    raise Error("x")

def main():
    print(risky())  # error[E0304]: in a context that cannot raise
