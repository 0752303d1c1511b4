def main():
    var mn = -9223372036854775807 - 1
    print(String(mn).byte_length(), String(mn))
    # CHECK: 20 -9223372036854775808
