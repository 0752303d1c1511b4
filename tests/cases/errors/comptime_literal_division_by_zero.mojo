comptime Z = 0
comptime Q = 10 // Z  # error[E0404]: division by zero

def main():
    print(Q)
