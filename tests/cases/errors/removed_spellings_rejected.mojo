# Spellings that Mojo 1.2 removed are rejected in a Mojo 1.2 program (one that uses none of the
# spellings that switch on legacy mode), with Mojo's messages.
from math import sqrt  # error[E0205]: unable to locate module 'math'


def main():
    @parameter
    if True:  # error[E0110]: 'if' statement does not support decorators; remove the decorator
        print(1)
    var a = InlineArray[Int, 3](fill=0)  # error[E0201]: unknown declaration 'InlineArray'
    print(str(3))  # error[E0201]: unknown declaration 'str'
    total = 0  # error[E0315]: implicit declaration of 'total' is not allowed
