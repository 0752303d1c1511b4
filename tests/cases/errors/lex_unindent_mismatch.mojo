def main():
    var x = 1
    if x > 0:
        print(x)
      print(x)  # error[E0104]: unindent does not match
