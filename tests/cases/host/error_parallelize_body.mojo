from max.algorithm import parallelize


def main():
    def body(i: Int, j: Int):
        pass
    parallelize(body, 10)  # error[E0301]: 'parallelize' takes a function of one `Int` that returns nothing and does not raise
    def ok(i: Int):
        pass
    parallelize(ok)  # error[E0302]: 'parallelize' needs the number of work items
