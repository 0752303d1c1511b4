def main():
    var s = "abc"
    print(s.nosuch())  # error[E0310]: 'nosuch'
