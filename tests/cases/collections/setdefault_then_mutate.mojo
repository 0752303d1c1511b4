# `d.setdefault(k, v).append(x)` changes the entry in the dict (Mojo's setdefault gives a reference).
def main() raises:
    var d = Dict[String, List[Int]]()
    d["a"] = [1, 2]
    d["a"].append(3)
    d.setdefault("b", List[Int]()).append(9)
    print(d["a"], d["b"], len(d))

# The expected output, checked against Mojo 1.2:
# CHECK: [1, 2, 3] [9] 2
