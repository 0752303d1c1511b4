# Printing a struct needs Writable (declared, for the field-by-field default, or with write_to),
# as in Mojo 1.2; a dictionary's key view is not printable either.
struct P:
    var x: Int

    def __init__(out self):
        self.x = 1

def main():
    print(P())  # error[E0301]: 'P' does not conform to trait 'Writable'
    var d = Dict[String, Int]()
    print(d.keys())  # error[E0301]: does not conform to trait 'Writable'
