def main():
    var _hidden = 1
    var x_1 = 2
    var camelCase = 3
    var CamelCase = 4
    var __dunder__ = 5
    var x1y2z3 = 6
    print(_hidden, x_1, camelCase, CamelCase, __dunder__, x1y2z3)
    # CHECK: 1 2 3 4 5 6
