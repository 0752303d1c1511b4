# In a `try` without `except`, the body's errors take the type of the first one (a typed
# `DictKeyError`): raising an `Error` after it is rejected, as Mojo 1.2 rejects it.
def f(mut d: Dict[String, Int]) raises:
    try:
        d["a"] += 1
        raise Error("x")  # error[E0301]: cannot implicitly convert 'Error' value to 'DictKeyError[String]'
    finally:
        print("finally")

def main() raises:
    var d = Dict[String, Int]()
    d["a"] = 1
    try:
        f(d)
    except e:
        print(e, d["a"])
