# EXIT: 1
# STDERR: list_pop_negative_index.mojo:11:17: error[E0605]: index -1 is out of bounds, valid range is 0 to 1
# `pop()` takes the last element; `pop(i)` needs `i` in range: a negative index is not counted
# from the end (as in Mojo 1.2).
def main():
    var xs: List[Int] = [10, 20, 30]
    print(xs.pop(), xs.pop(0))
    # CHECK: 30 10
    xs.append(40)
    var i = -1
    print(xs.pop(i))
