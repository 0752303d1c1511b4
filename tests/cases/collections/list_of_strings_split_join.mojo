# split keeps empty parts, split() drops whitespace runs, join puts the separator back.
def main():
    var csv = String("name,age,,city")
    var fields = csv.split(",")
    print(len(fields), fields)
    print("|".join(fields))
    var words = "  lorem ipsum\tdolor  sit amet ".split()
    print(len(words), words)
    var names: List[String] = ["ann", "bob", "cy"]
    names.append("dee")
    print(", ".join(names), "".join(names))
    var path = String("/usr/local/bin")
    var segs = path.split("/")
    print(len(segs), segs)
    var upper = List[String]()
    for w in words:
        upper.append(String(w).upper())
    print(" ".join(upper))
    # CHECK: 4 [name, age, , city]
    # CHECK: name|age||city
    # CHECK: 5 [lorem, ipsum, dolor, sit, amet]
    # CHECK: ann, bob, cy, dee annbobcydee
    # CHECK: 4 [, usr, local, bin]
    # CHECK: LOREM IPSUM DOLOR SIT AMET
