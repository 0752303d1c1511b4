def main():
    print('single', "double")
    # CHECK: single double
    print('has "double" inside')
    # CHECK: has "double" inside
    print("has 'single' inside")
    # CHECK: has 'single' inside
