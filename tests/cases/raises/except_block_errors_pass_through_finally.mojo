# Errors of different types raised in an `except` block (a typed `DictKeyError`, then an `Error`)
# both pass through `finally` and out as the function's `Error` (checked with `mojo run` 1.2.0).
def f(mut d: Dict[String, Int]) raises:
    try:
        raise Error("x")
    except e:
        d["a"] += 1
        raise Error("wrapped: " + String(e))
    finally:
        print("finally")

def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    try:
        f(d)
    except e:
        print(e, d["a"])
    var d2 = Dict[String, Int]()
    try:
        f(d2)
    except e:
        print(e)
# CHECK: finally
# CHECK: wrapped: x 2
# CHECK: finally
# CHECK: DictKeyError[String]()
