# STDIN: 3 4
# STDIN: ada
# `input(prompt)` reads a line of standard input without its newline, after writing the prompt.
def main() raises:
    var nums = input().split(" ")
    var total = 0
    for n in nums:
        total += Int(n)
    var name = input("name? ")
    print("total", total, "for", name)
    # CHECK: name? total 7 for ada
    try:
        _ = input()
    except e:
        print("then", e)
        # CHECK: then EOF
