# A number's operators can be called by their method names (x.__xor__(y), x.__lt__(y)), as in Mojo 1.2.
def main():
    var x = 43
    print(x.__xor__(0xFFFF), x.__add__(2), x.__lt__(50), Float64(2.5).__mul__(2.0), x.__rshift__(1), x.__eq__(43))
    # CHECK: 65492 45 True 5.0 21 True
