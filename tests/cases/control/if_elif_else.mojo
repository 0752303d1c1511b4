def grade(n: Int) -> String:
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    else:
        return "F"

def main():
    print(grade(95), grade(85), grade(70), grade(10))
    # CHECK: A B C F
