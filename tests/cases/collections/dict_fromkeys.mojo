# Dict[K, V].fromkeys(keys, value) maps each key to a copy of value (checked with Mojo 1.2).
def main() raises:
    var d = Dict[String, Int].fromkeys(["x", "y"], 1)
    print(len(d), d["y"])
    # CHECK: 2 1
