# `a | b` is a new dict with the entries of both (`b`'s win); `a |= b` updates `a`.
def main():
    var a: Dict[String, Int] = {"x": 1, "y": 2}
    var b: Dict[String, Int] = {"y": 20, "z": 30}
    print(a | b)
    a |= b
    print(a, len(b))

# The expected output, checked against Mojo 1.2:
# CHECK: {x: 1, y: 20, z: 30}
# CHECK: {x: 1, y: 20, z: 30} 2
