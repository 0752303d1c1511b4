# A field moved out of a variable has no value until it is given one: reading it, or leaving the
# block first, is an error (Mojo 1.2 reports both).
@fieldwise_init
struct Box(Movable):
    var s: List[Int]
    var t: List[Int]

def used_too_soon():
    var b = Box([1], [2])
    var x = b.s^
    print(len(b.s), len(x))  # error[E0306]: use of uninitialized value 'b.s'

def never_refilled():
    var b = Box([1], [2])
    var x = b.s^  # error[E0306]: 'b.s' is moved out and not given a new value
    print(len(x), len(b.t))

def main():
    used_too_soon()
    never_refilled()
