def parse_or_default(s: String) -> Int:
    try:
        return Int(s)
    except e:
        return -1

def main():
    print(parse_or_default("123"), parse_or_default("abc"), parse_or_default(""))
    # CHECK: 123 -1 -1
