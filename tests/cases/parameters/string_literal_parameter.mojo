# A compile-time parameter may be a `StringLiteral` (or a `String`), given in brackets.
def tag[name: StringLiteral](x: Int) -> String:
    return name + "=" + String(x)

def repeat[text: String, n: Int]() -> String:
    var out = String()
    for _ in range(n):
        out += text
    return out^

def main():
    print(tag["x"](3), tag["long name"](-1), repeat["ab", 3]())

# The expected output, checked against Mojo 1.2:
# CHECK: x=3 long name=-1 ababab
