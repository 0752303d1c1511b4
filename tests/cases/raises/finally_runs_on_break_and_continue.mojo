def main():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    # CHECK: body 0
    # CHECK: fin 0
    # CHECK: fin 1
    # CHECK: body 2
    # CHECK: fin 2
    # CHECK: fin 3
