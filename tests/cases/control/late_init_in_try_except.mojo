def parse(s: String) -> Int:
    var x: Int
    try:
        x = Int(s)
    except e:
        x = 0
    return x

def main():
    print(parse("5"), parse("five"))
    # CHECK: 5 0
