# Count the letters of a text with byte slicing into a Dict, then report them sorted.
def histogram(text: String) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for i in range(text.byte_length()):
        var c = String(text[byte=i]).lower()
        if c >= "a" and c <= "z":
            counts[c] = counts.get(c, 0) + 1
    return counts^

def main() raises:
    var h = histogram("Hello, World! Mojo loves lists.")
    var letters = List[String]()
    for k in h.keys():
        letters.append(k)
    sort(letters)
    var parts = List[String]()
    for l in letters:
        parts.append(l + ":" + String(h[l]))
    print(" ".join(parts))
    var best = ""
    var best_n = 0
    for e in h.items():
        if e.value > best_n:
            best = e.key
            best_n = e.value
    print(best, best_n, len(h))
    # CHECK: d:1 e:2 h:1 i:1 j:1 l:5 m:1 o:5 r:1 s:3 t:1 v:1 w:1
    # CHECK: l 5 13
