comptime DEBUG = False

def main():
    var enabled = DEBUG
    print(enabled, not enabled)
    # CHECK: False True
