def main():
    print("x")
    break  # error[E0308]: outside
