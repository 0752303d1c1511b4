def push_one(mut xs: List[Int]):
    xs.append(1)

def main():
    push_one(List[Int]())  # error[E0307]: pass a variable
    print("done")
