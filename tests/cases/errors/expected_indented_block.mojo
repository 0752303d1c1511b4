def main():
    var x = 1
    if x > 0:
    print(x)  # error[E0112]: expected an indented block
