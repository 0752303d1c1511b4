print("hi")  # error[E0204]: not allowed at module level


def main():
    pass
