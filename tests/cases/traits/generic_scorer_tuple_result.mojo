# A generic function over a trait returning a tuple, unpacked with `var (a, b) = ...`.
trait Scorer:
    def score(self, s: String) -> Int: ...


@fieldwise_init
struct LengthScorer(Scorer, Copyable):
    def score(self, s: String) -> Int:
        return s.byte_length()


@fieldwise_init
struct VowelScorer(Scorer, Copyable):
    var weight: Int

    def score(self, s: String) -> Int:
        var n = 0
        for c in s.codepoints():
            if String(c) in "aeiou":
                n += self.weight
        return n


def best[S: Scorer](scorer: S, words: List[String]) -> Tuple[String, Int]:
    var top = String()
    var top_score = -1
    for w in words:
        var sc = scorer.score(w)
        if sc > top_score:
            top_score = sc
            top = w
    return (top, top_score)


def main():
    var words: List[String] = ["tree", "banana", "sky", "queue"]
    var r1 = best(LengthScorer(), words)
    var r2 = best(VowelScorer(2), words)
    print(r1[0], r1[1], r2[0], r2[1])
    var (a, b) = best(VowelScorer(1), words)
    print(a, b)

# The expected output, checked against Mojo 1.2:
# CHECK: banana 6 queue 8
# CHECK: queue 4
