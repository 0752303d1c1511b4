# Function values in variables (reassigned) and in a List[def(String) thin -> String].
def hello(s: String) -> String:
    return s + "!"

def bye(s: String) -> String:
    return "bye " + s

def main():
    var f = hello
    print(f("a"))
    f = bye
    var s = String("x")
    print(f(s), s)
    var fs = List[def(String) thin -> String]()
    fs.append(hello)
    fs.append(bye)
    for i in range(len(fs)):
        var g = fs[i]
        print(g("z"))

# The expected output, checked against Mojo 1.2:
# CHECK: a!
# CHECK: bye x x
# CHECK: z!
# CHECK: bye z
