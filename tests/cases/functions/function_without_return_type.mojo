def show(label: String, value: Int):
    print(label + ":", value)

def main():
    show("count", 3)
    # CHECK: count: 3
    show("neg", -1)
    # CHECK: neg: -1
