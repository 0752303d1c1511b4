def f(n: Int) -> Int:  # error[E0309]: missing return
    var i = 0
    while i < n:
        return i

def main():
    print(f(3))
