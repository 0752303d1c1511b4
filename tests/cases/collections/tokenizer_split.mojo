# A tiny tokenizer and evaluator for "+ - *" expressions written with spaces.
def tokenize(src: String) -> List[String]:
    var out = List[String]()
    for part in src.split():
        out.append(String(part))
    return out^

def is_number(tok: String) -> Bool:
    if tok.byte_length() == 0:
        return False
    for i in range(tok.byte_length()):
        var c = tok[byte=i]
        if c < "0" or c > "9":
            return False
    return True

def evaluate(tokens: List[String]) raises -> Int:
    var total = Int(tokens[0])
    var i = 1
    while i + 1 < len(tokens):
        var op = tokens[i]
        var rhs = Int(tokens[i + 1])
        if op == "+":
            total += rhs
        elif op == "-":
            total -= rhs
        elif op == "*":
            total *= rhs
        else:
            raise Error("bad operator " + op)
        i += 2
    return total

def main() raises:
    var toks = tokenize("12 + 30  -  2 * 3")
    print(len(toks), toks)
    var nums = 0
    var ops = 0
    for t in toks:
        if is_number(t):
            nums += 1
        else:
            ops += 1
    print(nums, ops)
    print(evaluate(toks))
    try:
        print(evaluate(tokenize("1 / 2")))
    except e:
        print("error:", e)
    # CHECK: 7 [12, +, 30, -, 2, *, 3]
    # CHECK: 4 3
    # CHECK: 120
    # CHECK: error: bad operator /
