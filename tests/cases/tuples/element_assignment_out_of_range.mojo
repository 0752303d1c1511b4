# Assigning a tuple element needs an index in range.
def main():
    var t = (1, 2)
    t[2] = 5  # error[E0312]: tuple index 2 is out of range
