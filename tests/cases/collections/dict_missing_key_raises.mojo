# EXIT: 1
# STDERR: Unhandled exception caught during execution: DictKeyError[String]()
def main() raises:
    var d: Dict[String, Int] = {"x": 1}
    try:
        print(d["y"])
    except e:
        print("caught:", e)
    # CHECK: caught: DictKeyError[String]()
    print(d["nope"])
