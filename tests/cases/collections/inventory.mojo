# A small inventory: a struct with a Dict field, updated through mut methods.
@fieldwise_init
struct Item(Copyable, Writable):
    var name: String
    var price: Int

struct Inventory(Movable):
    var stock: Dict[String, Int]
    var catalog: List[Item]

    def __init__(out self):
        self.stock = Dict[String, Int]()
        self.catalog = List[Item]()

    def add(mut self, item: Item, qty: Int):
        if item.name not in self.stock:
            self.catalog.append(item.copy())
        self.stock[item.name] = self.stock.get(item.name, 0) + qty

    def take(mut self, name: String, qty: Int) raises -> Bool:
        var have = self.stock.get(name, 0)
        if have < qty:
            return False
        self.stock[name] = have - qty
        if self.stock[name] == 0:
            _ = self.stock.pop(name)
        return True

    def value(self) -> Int:
        var total = 0
        for it in self.catalog:
            total += it.price * self.stock.get(it.name, 0)
        return total

def main() raises:
    var inv = Inventory()
    inv.add(Item("bolt", 2), 100)
    inv.add(Item("nut", 1), 250)
    inv.add(Item("gear", 40), 3)
    inv.add(Item("bolt", 2), 20)
    print(inv.stock, inv.value())
    print(inv.take("gear", 5), inv.take("gear", 3), inv.take("nut", 50))
    print(inv.stock, inv.value(), len(inv.catalog))
    for it in inv.catalog:
        if it.name in inv.stock:
            print(it, inv.stock[it.name])
        else:
            print(it.name, "sold out")
    # CHECK: {bolt: 120, nut: 250, gear: 3} 610
    # CHECK: False True True
    # CHECK: {bolt: 120, nut: 200} 440 3
    # CHECK: Item(name=bolt, price=2) 120
    # CHECK: Item(name=nut, price=1) 200
    # CHECK: gear sold out
