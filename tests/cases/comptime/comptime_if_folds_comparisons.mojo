comptime DEBUG = False
comptime N = 3
comptime NAME = "x"


def main():
    comptime if DEBUG == False and N > 2 and NAME == "x":
        print("folded")
    else:
        print("not folded")
    # CHECK: folded
    comptime assert N > 2, "N too small"
