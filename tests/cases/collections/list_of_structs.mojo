@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var qty: Int

def main():
    var items = List[Item]()
    items.append(Item("apple", 3))
    items.append(Item("pear", 5))
    var n = 0
    for it in items:
        n += it.qty
    print(n, items[1].name)
    # CHECK: 8 pear
    print(items)
    # CHECK: [Item(name=apple, qty=3), Item(name=pear, qty=5)]
