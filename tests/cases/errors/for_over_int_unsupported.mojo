# A value without `__iter__` cannot be iterated (Mojo 1.2: "'IntLiteral[5]' does not implement the
# '__iter__' method").
def main():
    for i in 5:  # error[E0305]: does not implement the '__iter__' method
        print(i)
    var t = (1, 2, 3)
    for x in t:  # error[E0305]: 'Tuple[Int, Int, Int]' does not implement the '__iter__' method
        print(x)
