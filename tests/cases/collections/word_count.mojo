def main() raises:
    var words: List[String] = ["the", "cat", "the", "hat", "cat", "the"]
    var counts = Dict[String, Int]()
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    # CHECK: {the: 3, cat: 2, hat: 1}
    var best = ""
    var best_n = 0
    for e in counts.items():
        if e.value > best_n:
            best = e.key
            best_n = e.value
    print(best, best_n)
    # CHECK: the 3
