"""A program of about 300 lines for measuring compile latency: structs, traits, generic
structs, operators, List, Dict, String, comptime tables (the examples, plus a ledger)."""

from std.math import sqrt



struct Matrix[dtype: DType](Copyable, Writable):
    var rows: Int
    var cols: Int
    var data: List[Scalar[Self.dtype]]

    def __init__(out self, rows: Int, cols: Int, fill: Scalar[Self.dtype]):
        self.rows = rows
        self.cols = cols
        self.data = List[Scalar[Self.dtype]](length=rows * cols, fill=fill)

    def __getitem__(self, r: Int, c: Int) -> Scalar[Self.dtype]:
        return self.data[r * self.cols + c]

    def __setitem__(mut self, r: Int, c: Int, value: Scalar[Self.dtype]):
        self.data[r * self.cols + c] = value

    def __add__(self, other: Self) -> Self:
        var out = self.copy()
        for i in range(len(self.data)):
            out.data[i] = self.data[i] + other.data[i]
        return out^

    def __mul__(self, other: Self) -> Self:
        var out = Self(self.rows, other.cols, 0)
        for i in range(self.rows):
            for j in range(other.cols):
                var acc = self[i, 0] * other[0, j]
                for k in range(1, self.cols):
                    acc = acc + self[i, k] * other[k, j]
                out[i, j] = acc
        return out^

    def __eq__(self, other: Self) -> Bool:
        if self.rows != other.rows or self.cols != other.cols:
            return False
        for i in range(len(self.data)):
            if self.data[i] != other.data[i]:
                return False
        return True

    def write_to(self, mut writer: Some[Writer]):
        for r in range(self.rows):
            writer.write("[")
            for c in range(self.cols):
                if c > 0:
                    writer.write(" ")
                writer.write(self[r, c])
            writer.write("]")
            if r + 1 < self.rows:
                writer.write("\n")


def identity(n: Int) -> Matrix[DType.float64]:
    var m = Matrix[DType.float64](n, n, 0.0)
    for i in range(n):
        m[i, i] = 1.0
    return m^


def main_matrix():
    var a = Matrix[DType.float64](2, 2, 0.0)
    a[0, 0] = 1.0
    a[0, 1] = 2.0
    a[1, 0] = 3.0
    a[1, 1] = 4.0
    print(a * a)
    print(a + identity(2))
    print(a * identity(2) == a, a == identity(2))
    var m = Matrix[DType.int32](2, 3, 1)
    m[1, 2] = 5
    print(m)




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


def main_word_freq() raises:
    var text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
    the fox runs! A quick fox, a lazy dog, and THE end."""
    var counts = count_words(text)
    print(len(counts), "distinct words")
    for w in top(counts, 4):
        print(w, counts[w])




trait Ordered(Copyable, Deinitable):
    def __lt__(self, other: Self) -> Bool:
        ...


struct Heap[T: Ordered](Sized):
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def __len__(self) -> Int:
        return len(self.items)

    def push(mut self, var item: Self.T):
        self.items.append(item^)
        var i = len(self.items) - 1
        while i > 0:
            var parent = (i - 1) // 2
            if not (self.items[i] < self.items[parent]):
                break
            self._swap(i, parent)
            i = parent

    def pop(mut self) -> Self.T:
        var last = len(self.items) - 1
        self._swap(0, last)
        var top = self.items.pop()
        var i = 0
        while True:
            var left = 2 * i + 1
            var right = left + 1
            var smallest = i
            if left < len(self.items) and self.items[left] < self.items[smallest]:
                smallest = left
            if right < len(self.items) and self.items[right] < self.items[smallest]:
                smallest = right
            if smallest == i:
                return top^
            self._swap(i, smallest)
            i = smallest

    def _swap(mut self, a: Int, b: Int):
        var t = self.items[a].copy()
        self.items[a] = self.items[b].copy()
        self.items[b] = t^


@fieldwise_init
struct Task(Ordered, Writable):
    var priority: Int
    var name: String

    def __lt__(self, other: Self) -> Bool:
        return self.priority < other.priority


@fieldwise_init
struct Num(Ordered):
    var v: Int

    def __lt__(self, other: Self) -> Bool:
        return self.v < other.v


def main_priority_queue():
    var tasks = Heap[Task]()
    tasks.push(Task(3, "write tests"))
    tasks.push(Task(1, "fix the build"))
    tasks.push(Task(2, "review"))
    tasks.push(Task(5, "refactor"))
    while len(tasks) > 0:
        var t = tasks.pop()
        print(t.priority, t.name)
    var h = Heap[Num]()
    for x in [9, 4, 7, 1, 8, 2]:
        h.push(Num(x))
    var out = List[Int]()
    while len(h) > 0:
        out.append(h.pop().v)
    print(out)




def make_nibble_popcounts() -> SIMD[DType.uint8, 16]:
    var table = SIMD[DType.uint8, 16](0)
    for i in range(16):
        var n = i
        var bits = 0
        while n > 0:
            bits += n & 1
            n >>= 1
        table[i] = UInt8(bits)
    return table


comptime POPCOUNT4 = make_nibble_popcounts()


def popcount(x: Int) -> Int:
    var total = 0
    var n = x
    while n > 0:
        total += Int(POPCOUNT4[n & 15])
        n >>= 4
    return total


def main_lookup_table():
    print(POPCOUNT4)
    print(popcount(0), popcount(255), popcount(1023), popcount(0x5555))
    var hist = List[Int](length=9, fill=0)
    for b in range(256):
        hist[popcount(b)] += 1
    print(hist, popcount(9223372036854775807))


@fieldwise_init
struct Account(Copyable, Writable):
    var owner: String
    var balance: Int

    def deposit(mut self, amount: Int):
        self.balance += amount

    def withdraw(mut self, amount: Int) raises:
        if amount > self.balance:
            raise Error("insufficient funds for " + self.owner)
        self.balance -= amount


def ledger() raises -> Int:
    var accounts = Dict[String, Account]()
    for name in ["ann", "bob", "cid", "dee"]:
        accounts[name] = Account(name, 100)
    var moves: List[String] = ["ann>bob:30", "bob>cid:150", "cid>dee:10", "dee>ann:5"]
    var failed = 0
    for m in moves:
        var parts = m.split(">")
        var rest = parts[1].split(":")
        var src = String(parts[0])
        var dst = String(rest[0])
        var amount = Int(rest[1])
        var a = accounts[src].copy()
        try:
            a.withdraw(amount)
            accounts[src] = a^
            var b = accounts[dst].copy()
            b.deposit(amount)
            accounts[dst] = b^
        except e:
            failed += 1
    var total = 0
    for e in accounts.items():
        total += e.value.balance
    return total * 10 + failed


def main() raises:
    main_matrix()
    main_word_freq()
    main_priority_queue()
    main_lookup_table()
    print(ledger())
