"""Word frequencies of a text with `Dict` and `String`: splitting, normalising, counting, and
ranking the most frequent words."""


def normalise(word: String) -> String:
    return String(word.strip(".,;:!?'()")).lower()


def count_words(text: String) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for raw in text.split():
        var w = normalise(String(raw))
        if w.byte_length() > 0:
            counts[w] = counts.get(w, 0) + 1
    return counts^


def top(counts: Dict[String, Int], n: Int) -> List[String]:
    # Selection by count, ties broken alphabetically.
    var picked = List[String]()
    for _ in range(n):
        var best = String("")
        var best_n = 0
        for e in counts.items():
            if e.key in picked:
                continue
            if e.value > best_n or (e.value == best_n and e.key < best):
                best = e.key
                best_n = e.value
        if best_n == 0:
            break
        picked.append(best)
    return picked^


def main() raises:
    var text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
    the fox runs! A quick fox, a lazy dog, and THE end."""
    var counts = count_words(text)
    print(len(counts), "distinct words")
    # CHECK: 13 distinct words
    for w in top(counts, 4):
        print(w, counts[w])
    # CHECK: the 5
    # CHECK: dog 3
    # CHECK: fox 3
    # CHECK: a 2
