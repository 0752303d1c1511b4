"""Parsing text into numbers with errors as values: raises, try/except/else/finally."""


def parse_all(a: String, b: String, c: String) raises -> Int:
    return Int(a) + Int(b) + Int(c)


def average(total: Int, count: Int) raises -> Float64:
    if count == 0:
        raise Error("no values to average")
    return Float64(total) / Float64(count)


def main():
    try:
        var total = parse_all("12", " 30", "-2")
        print("total:", total, "average:", average(total, 3))
    except e:
        print("failed:", e)
    # CHECK: total: 40 average: 13.333333333333334
    try:
        print(parse_all("1", "two", "3"))
    except e:
        print("failed:", e)
    else:
        print("not reached")
    finally:
        print("done")
    # CHECK: failed: String is not convertible to integer with base 10: 'two'
    # CHECK: done
