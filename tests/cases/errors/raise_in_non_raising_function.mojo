def main():
    var n = 3
    if n > 2:
        raise Error("no")  # error[E0304]: in a context that cannot raise
