# byte indexing and slicing of strings, used to reverse and take prefixes.
def reverse_ascii(s: String) -> String:
    var out = String()
    var i = s.byte_length() - 1
    while i >= 0:
        out += s[byte=i]
        i -= 1
    return out

def main():
    var s = String("mojo-like")
    print(s[byte=0], s[byte=0:4], s[byte=5:], s[byte=:3], s[byte=2:6])
    print(reverse_ascii(s))
    var prefixes = List[String]()
    for n in range(1, 5):
        prefixes.append(String(s[byte=0:n]))
    print(prefixes)
    var count = 0
    for i in range(s.byte_length()):
        if s[byte=i] == "o":
            count += 1
    print(count, s[byte=4] == "-")
    # CHECK: m mojo like moj jo-l
    # CHECK: ekil-ojom
    # CHECK: [m, mo, moj, mojo]
    # CHECK: 2 True
