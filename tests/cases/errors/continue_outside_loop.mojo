def main():
    var n = 1
    if n > 0:
        continue  # error[E0308]: outside
