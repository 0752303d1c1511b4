# Strings are owned values: copies are independent, reassignment and scope end destroy the old
# text, and strings moved into fields, collections, errors and `deinit` methods are destroyed
# exactly once (the suite runs every program with `--leak-check`).
struct Tag(Copyable):
    var name: String
    var note: String

    def __init__(out self, name: String, note: String):
        self.name = name
        self.note = note

    def finish(deinit self) -> String:
        var n = self.name^
        return n + "!"


def shout(mut s: String):
    s = s + "!"
    s += "?"


def fails(msg: String) raises -> Int:
    raise Error("bad " + msg)


def main() raises:
    var a = String("ab")
    var b = a
    b += "cd"
    print(a, b)
    var t = Tag(a, "n")
    var u = t.copy()
    u.name = "other"
    print(t.name, u.name, u.note)
    print(t^.finish())
    shout(a)
    print(a)
    var words = List[String]()
    for w in "the quick brown fox".split(" "):
        words.append(w)
    words[0] = "a"
    sort(words)
    print(words, len(words))
    var counts = Dict[String, Int]()
    for w in ["x", "y", "x"]:
        counts[w] = counts.get(w, 0) + 1
    print(counts["x"], counts["y"])
    var nested = Dict[String, List[String]]()
    nested["k"] = List[String]()
    var key = "k"
    try:
        nested[key].append("v")
    except e:
        print(e)
    try:
        print(fails("input"))
    except e:
        print(e)
    print(nested["k"][0], key)
    match b:
        case "abcd":
            print("matched")
        case _:
            print("no")
    var s = ""
    for c in "héllo":
        s = c + s
    print(s)
    var p = alloc[String](1)
    p.init_pointee_move("first")
    p[0] = "second"
    print(p[0])
    p.destroy_pointee()
    p.free()

# CHECK: ab abcd
# CHECK: ab other n
# CHECK: ab!
# CHECK: ab!?
# CHECK: [a, brown, fox, quick] 4
# CHECK: 2 1
# CHECK: bad input
# CHECK: v k
# CHECK: matched
# CHECK: olléh
# CHECK: second
