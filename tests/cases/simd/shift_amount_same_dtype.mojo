def main():
    var a = UInt8(1)
    print(a << Int8(1))  # error[E0305]: '<<' is not supported between 'UInt8' and 'Int8'
