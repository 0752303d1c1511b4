def main():
    var a = 1

    
        
    var b = 2

    print(a + b)
    # CHECK: 3
