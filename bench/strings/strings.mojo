# String methods (all written in the stdlib) on a 1.3 MB text: the same work as strings.py.
def main() raises:
    var base = String("The Quick brown fox, jumps over the lazy dog; naïve café ÉTÉ. ")
    var text = base * 20000
    var low = text.lower()
    var up = text.upper()
    var foxes = text.count("fox")
    var replaced = text.replace("lazy", "sleepy")
    var missing = text.find("zzz")
    var last = text.rfind("dog")
    var counts = Dict[String, Int]()
    var letters = 0
    for w in low.split(" "):
        var word = String(w.strip(",.;"))
        if word.byte_length() == 0:
            continue
        letters += word.byte_length()
        counts[word] = counts.get(word, 0) + 1
    var starts = 0
    for w in text.split():
        if w.startswith("f") or w.endswith("."):
            starts += 1
    print(low.byte_length(), up.byte_length(), foxes, replaced.byte_length(), missing, last)
    print(len(counts), counts["fox"], letters, starts)
