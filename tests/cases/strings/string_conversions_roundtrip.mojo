def main() raises:
    var n = 12345
    var back = Int(String(n))
    print(back == n, back + 1)
    # CHECK: True 12346
