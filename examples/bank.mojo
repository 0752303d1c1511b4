# A bank: a typed error converted to an Error, a Dict of structs updated through copies, sort
# with cmp_fn, and iteration over dict items.
@fieldwise_init
struct InsufficientFunds(Copyable, Writable):
    var needed: Int
    var available: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("insufficient funds: need ", self.needed, ", have ", self.available)


@fieldwise_init
struct Account(Copyable, Writable):
    var owner: String
    var balance: Int
    var history: List[Int]

    def deposit(mut self, amount: Int):
        self.balance += amount
        self.history.append(amount)

    def withdraw(mut self, amount: Int) raises InsufficientFunds:
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(-amount)

    def write_to(self, mut w: Some[Writer]):
        w.write(self.owner, ": ", self.balance)


struct Bank:
    var accounts: Dict[String, Account]

    def __init__(out self):
        self.accounts = Dict[String, Account]()

    def open(mut self, name: String, initial: Int):
        self.accounts[name] = Account(name, initial, List[Int]())

    def transfer(mut self, src: String, dst: String, amount: Int) raises:
        var acct = self.accounts[src].copy()
        try:
            acct.withdraw(amount)
        except e:
            raise Error("transfer failed: " + String(e))
        self.accounts[src] = acct^
        self.accounts[dst].deposit(amount)

    def richest(self) raises -> String:
        var best = String()
        var most = -1
        for e in self.accounts.items():
            if e.value.balance > most:
                most = e.value.balance
                best = e.key
        return best


def by_balance(a: Account, b: Account) -> Bool:
    return a.balance < b.balance


def main() raises:
    var bank = Bank()
    bank.open("ann", 100)
    bank.open("bob", 50)
    bank.open("cy", 75)
    bank.transfer("ann", "bob", 30)
    try:
        bank.transfer("cy", "ann", 500)
    except e:
        print(e)
    bank.accounts["cy"].deposit(10)
    for e in bank.accounts.items():
        print(e.value, len(e.value.history))
    print("richest:", bank.richest())
    var all = List[Account]()
    for e in bank.accounts.items():
        all.append(e.value.copy())
    sort(all, cmp_fn=by_balance)
    var order = String()
    for a in all:
        order += a.owner + ";"
    print(order)

# The expected output, checked against Mojo 1.2:
# CHECK: transfer failed: insufficient funds: need 500, have 75
# CHECK: ann: 70 1
# CHECK: bob: 80 1
# CHECK: cy: 85 1
# CHECK: richest: cy
# CHECK: ann;bob;cy;
