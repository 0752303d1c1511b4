# A small JSON-like tokenizer and recursive parser: structs, List/Dict of structs, String slicing
# by byte, raising functions, and errors caught in main.
@fieldwise_init
struct Token(Copyable, Writable):
    var kind: String
    var text: String

    def write_to(self, mut w: Some[Writer]):
        w.write(self.kind, ":", self.text)


def is_digit(c: String) -> Bool:
    return c >= "0" and c <= "9"


def tokenize(src: String) raises -> List[Token]:
    var out = List[Token]()
    var i = 0
    var n = src.byte_length()
    while i < n:
        var c = String(src[byte=i])
        if c == " " or c == "\n":
            i += 1
        elif c == "{" or c == "}" or c == "[" or c == "]" or c == ":" or c == ",":
            out.append(Token("punct", c))
            i += 1
        elif c == '"':
            var j = i + 1
            while j < n and String(src[byte=j]) != "\"":
                j += 1
            if j >= n:
                raise Error("unterminated string at " + String(i))
            out.append(Token("str", String(src[byte=i + 1 : j])))
            i = j + 1
        elif is_digit(c) or c == "-":
            var j = i + 1
            while j < n and (is_digit(String(src[byte=j])) or String(src[byte=j]) == "."):
                j += 1
            out.append(Token("num", String(src[byte=i:j])))
            i = j
        else:
            raise Error("unexpected character '" + c + "'")
    return out^


struct Parser:
    var toks: List[Token]
    var pos: Int

    def __init__(out self, var toks: List[Token]):
        self.toks = toks^
        self.pos = 0

    def peek(self) -> String:
        if self.pos < len(self.toks):
            return self.toks[self.pos].text
        return ""

    def next(mut self) raises -> Token:
        if self.pos >= len(self.toks):
            raise Error("unexpected end")
        self.pos += 1
        return self.toks[self.pos - 1].copy()

    def value(mut self, depth: Int) raises -> String:
        var t = self.next()
        if t.kind == "num" or t.kind == "str":
            return t.kind + "(" + t.text + ")"
        if t.text == "[":
            var items = List[String]()
            while self.peek() != "]":
                items.append(self.value(depth + 1))
                if self.peek() == ",":
                    _ = self.next()
            _ = self.next()
            return "list" + String(len(items)) + "[" + ", ".join(items) + "]"
        if t.text == "{":
            var keys = Dict[String, String]()
            while self.peek() != "}":
                var k = self.next()
                _ = self.next()
                keys[k.text] = self.value(depth + 1)
                if self.peek() == ",":
                    _ = self.next()
            _ = self.next()
            var s = String("obj{")
            var first = True
            for e in keys.items():
                if not first:
                    s += "; "
                first = False
                s += e.key + "=" + e.value
            return s + "}"
        raise Error("bad token " + String(t))


def main():
    var src = '{"a": [1, 2.5, "x"], "b": {"c": -3}, "d": []}'
    try:
        var toks = tokenize(src)
        print(len(toks), toks[0], toks[len(toks) - 1])
        var p = Parser(toks^)
        print(p.value(0))
    except e:
        print("error:", e)
    try:
        _ = tokenize('{"a": ?}')
    except e:
        print("error:", e)
    try:
        var p = Parser(tokenize("[1, 2"))
        print(p.value(0))
    except e:
        print("error:", e)

# The expected output, checked against Mojo 1.2:
# CHECK: 24 punct:{ punct:}
# CHECK: obj{a=list3[num(1), num(2.5), str(x)]; b=obj{c=num(-3)}; d=list0[]}
# CHECK: error: unexpected character '?'
# CHECK: error: unexpected end
