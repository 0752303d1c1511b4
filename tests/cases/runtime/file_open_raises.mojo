# open() may raise: outside a try in a function that does not raise, E0304.
def main():
    var f = open("/tmp/x.txt", "r")  # error[E0304]: cannot call function that may raise
