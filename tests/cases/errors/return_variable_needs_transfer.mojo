# Returning a variable copies it in Mojo 1.2, which only `ImplicitlyCopyable` types do
# implicitly: a `List` must be transferred (`return xs^`).
def make() -> List[Int]:
    var xs: List[Int] = [1, 2]
    return xs  # error[E0317]: value of type 'List[Int]' cannot be implicitly copied

def make_ok() -> List[Int]:
    var xs: List[Int] = [1, 2]
    return xs^

def name() -> String:
    var s = String("ok")
    return s

def main():
    print(make(), make_ok(), name())
