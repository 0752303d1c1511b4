# An `except` block may raise an error of another type than the `try` body's; it goes through
# `finally` on its way out.
@fieldwise_init
struct MyErr(Copyable, Writable):
    var n: Int
    def write_to(self, mut writer: Some[Writer]):
        writer.write("MyErr(", self.n, ")")

def f(x: Int) raises MyErr:
    if x > 0:
        raise MyErr(x)

def main() raises:
    try:
        try:
            f(1)
        except e:
            print("caught", e.n)
            raise Error("converted")
        finally:
            print("fin")
    except e:
        print("outer", e)

# The expected output, checked against Mojo 1.2:
# CHECK: caught 1
# CHECK: fin
# CHECK: outer converted
