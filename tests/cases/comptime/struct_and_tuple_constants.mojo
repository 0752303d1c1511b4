# Compile-time constants of struct and tuple types: printed, read field by field, and copied into
# variables (the constant itself does not change).
@fieldwise_init
struct Color(ImplicitlyCopyable, Writable):
    var name: String
    var rgb: SIMD[DType.uint8, 4]

comptime RED = Color("red", SIMD[DType.uint8, 4](255, 0, 0, 255))
comptime PAIR = (1, 2.5)

def make_list() -> List[Int]:
    return [1, 2]

def main():
    print(RED, RED.name)
    var c = RED
    c.name = "dark red"
    print(c.name, RED.name)
    print(PAIR[0], PAIR[1])

# The expected output, checked against Mojo 1.2:
# CHECK: Color(name=red, rgb=[255, 0, 0, 255]) red
# CHECK: dark red red
# CHECK: 1 2.5
