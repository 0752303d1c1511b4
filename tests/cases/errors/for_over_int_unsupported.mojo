def main():
    for i in 5:  # error[E0314]: iterating over
        print(i)
