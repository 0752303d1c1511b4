# A typed list literal must have exactly as many elements as the array (Mojo 1.2 rejects it too).
def main():
    var d: Array[Int, 2] = [8, 9, 10]  # error[E0301]: a list literal of 3 elements cannot initialize
    print(d[0])
