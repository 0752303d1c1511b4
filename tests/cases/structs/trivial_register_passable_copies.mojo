# A TrivialRegisterPassable struct is copied implicitly (checked with Mojo 1.2).
@fieldwise_init
struct Pixel(TrivialRegisterPassable):
    var r: UInt8
    var g: UInt8

def brighten(p: Pixel) -> Pixel:
    var q = p
    q.r = q.r + 10
    return q

def main():
    var p = Pixel(200, 100)
    var q = brighten(p)
    var xs: List[Pixel] = [p, q]
    print(p.r, q.r, xs[1].g)
    # CHECK: 200 210 100
