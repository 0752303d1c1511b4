# Errors inside a comprehension used as an argument or a loop's iterable are reported once, at
# the user's code (the element type is probed in a scratch copy first).
def main():
    var xs = [1, 2, 3]
    print(len([y * 2 for x in xs]))  # error[E0201]: use of unknown declaration 'y'
    for s in [x.upper() for x in xs]:  # error[E0310]: 'Int' value has no method 'upper'
        print(s)
