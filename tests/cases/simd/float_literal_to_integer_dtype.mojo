def main():
    print(Int8(1.5))  # error[E0301]: cannot implicitly convert 'FloatLiteral' value to 'Int8'
