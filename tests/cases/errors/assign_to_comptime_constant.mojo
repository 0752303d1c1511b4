comptime LIMIT = 3

def main():
    LIMIT = 4  # error[E0307]: cannot assign
    print(LIMIT)
