# `exit()` ends the program with status 0, from a nested call too.
from std.sys import exit

def stop():
    print("stopping")
    exit()

def main():
    stop()
    print("unreached")
    # CHECK: stopping
