# A nested function that names an outer variable must list its captures (Mojo 1.2: "Could not
# infer capture convention"), reported once at the first use.
def main():
    var k = 3

    def add(x: Int) -> Int:
        return x + k  # error[E0201]: Could not infer capture convention of the captured value k

    print(add(1))
