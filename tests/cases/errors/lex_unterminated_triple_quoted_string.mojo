def main():
    print("start")
    var s = """never closed  # error[E0102]: unterminated string
    print(s)
