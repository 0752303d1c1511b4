def define(value: Int) -> Int:
    return value + 1

def main():
    var iffy = 1
    var format = 2
    var return_value = define(iffy)
    var true_count = format * 10
    var orbit = 7
    var notation = 8
    print(iffy, format, return_value, true_count, orbit, notation)
    # CHECK: 1 2 2 20 7 8
