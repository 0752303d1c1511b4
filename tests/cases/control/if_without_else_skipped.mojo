def main():
    var x = 1
    if x > 5:
        print("big")
    print("end")
    # CHECK: end
