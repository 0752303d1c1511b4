# Assigning a `for ref` variable replaces the element.
def main():
    var xs = List[List[Int]]()
    xs.append([1])
    xs.append([2])
    for ref x in xs:
        x = [x[0] * 10, 5]
    print(xs[0][0], xs[1][0], len(xs[0]))

# The expected output, checked against Mojo 1.2:
# CHECK: 10 20 2
