# The collection iterated (a field of `inv`) stays alive for the whole loop.
@fieldwise_init
struct Inventory(Movable):
    var counts: Dict[String, Int]

def main():
    var inv = Inventory({"a": 1, "b": 2})
    var n = 0
    for k in inv.counts.keys():
        n += inv_len(k)
    print(n)
    # CHECK: 2

def inv_len(k: String) -> Int:
    return k.byte_length()
