def main():
    print("\x4A\x4a|\u00E9|\u20AC|\x7e")
    # CHECK: JJ|é|€|~
