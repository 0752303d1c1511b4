comptime N = 3


def main():
    comptime assert N > 5, "N too small"  # error[E0404]: N too small
