def classify(n: Int) -> String:
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

def main():
    print(classify(-3), classify(0), classify(9))
    # CHECK: neg zero pos
