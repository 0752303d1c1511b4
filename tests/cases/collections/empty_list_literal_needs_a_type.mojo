def main():
    var xs = []  # error[E0301]: cannot infer the element type of an empty list
    print(len(xs))
