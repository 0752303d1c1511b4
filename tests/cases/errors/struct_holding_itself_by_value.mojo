# A struct cannot hold itself by value (it would have no size); behind a pointer it may.
struct Bad(Movable):  # error[E0301]: struct 'Bad' contains itself
    var inner: Bad

struct Good(Movable):
    var next: Optional[Pointer[Good, MutUntrackedOrigin]]

def main():
    pass
