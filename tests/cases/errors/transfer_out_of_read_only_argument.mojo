# A read-only argument is the caller's value: `s^` cannot give it away (Mojo 1.2: "cannot
# transfer out of immutable reference"). A number argument can be transferred (it is copied).
struct R:
    var n: String

    def __init__(out self, n: String):
        self.n = n

def take(var s: String):
    print(s)

def take_r(var r: R):
    print(r.n)

def pass_on(s: String, r: R):
    take(s^)  # error[E0307]: cannot transfer out of immutable reference
    take_r(r^)  # error[E0307]: cannot transfer out of immutable reference

def main():
    pass_on("x", R("y"))
