def main():
    print("bom")
    # CHECK: bom
