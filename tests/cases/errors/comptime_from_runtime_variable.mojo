def main():
    var n = 3
    comptime M = n + 1  # error[E0403]: run-time value
    print(M)
