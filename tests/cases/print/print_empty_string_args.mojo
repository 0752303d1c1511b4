def main():
    print("[", "", "]")
    # CHECK: [  ]
    print("", "x", sep="-")
    # CHECK: -x
