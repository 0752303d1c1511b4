comptime GREETING = "hello"

def main():
    print(GREETING + " world")
    # CHECK: hello world
