# `sep.join(xs[a:b])` joins a slice of a list as it joins a list (checked with Mojo 1.2).
def main():
    var words = "take old book".split()
    print(String(" ").join(words[1:]))
    # CHECK: old book
    var xs: List[String] = ["a", "b", "c"]
    print(String("-").join(xs[1:]), String(",").join(xs))
    # CHECK: b-c a,b,c
