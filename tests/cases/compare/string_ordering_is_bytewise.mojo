def main():
    print("é" > "z", "a" < "é", "Z" < "a", "B" < "a")
    # CHECK: True True True True
