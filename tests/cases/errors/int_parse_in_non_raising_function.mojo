def main():
    var n = Int("5")  # error[E0304]: in a context that cannot raise
    print(n)
