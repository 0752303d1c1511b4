def main():
    try:  # error[E0110]: needs an `except` or a `finally`
        print(1)
    print(2)
