# SIMD values as struct fields, updated through methods.
@fieldwise_init
struct Particle(Copyable, Writable):
    var pos: SIMD[DType.float32, 4]
    var vel: SIMD[DType.float32, 4]
    var tag: UInt8

    def step(mut self, dt: Float32):
        self.pos = self.pos + self.vel * SIMD[DType.float32, 4](dt)
        self.tag += 1

    def speed2(self) -> Float32:
        return (self.vel * self.vel).reduce_add()

def main():
    var p = Particle(SIMD[DType.float32, 4](0, 1, 2, 0), SIMD[DType.float32, 4](1, -0.5, 0.25, 0), 254)
    p.step(2)
    print(p.pos, p.tag)
    # CHECK: [2.0, 0.0, 2.5, 0.0] 255
    p.step(0.5)
    print(p.pos, p.tag, p.speed2())
    # CHECK: [2.5, -0.25, 2.625, 0.0] 0 1.3125
    p.vel[3] = 3
    var q = p.copy()
    q.pos = SIMD[DType.float32, 4](0)
    print(p.pos, q.pos, q.vel)
    # CHECK: [2.5, -0.25, 2.625, 0.0] [0.0, 0.0, 0.0, 0.0] [1.0, -0.5, 0.25, 3.0]
    print(p)
    # CHECK: Particle(pos=[2.5, -0.25, 2.625, 0.0], vel=[1.0, -0.5, 0.25, 3.0], tag=0)
