"""The n-body simulation of the outer planets, with each position and velocity held in one
`SIMD[DType.float64, 4]` (x, y, z and an unused lane), so vector arithmetic moves all three
coordinates at once."""

from std.math import sqrt

comptime Vec3 = SIMD[DType.float64, 4]
comptime PI = 3.141592653589793
comptime SOLAR_MASS = 4 * PI * PI
comptime DAYS_PER_YEAR = 365.24


@fieldwise_init
struct Body(Copyable):
    var pos: Vec3
    var vel: Vec3
    var mass: Float64


def planets() -> List[Body]:
    var bodies = List[Body]()
    bodies.append(Body(Vec3(0, 0, 0, 0), Vec3(0, 0, 0, 0), SOLAR_MASS))
    bodies.append(
        Body(
            Vec3(4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01, 0),
            Vec3(1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 0) * DAYS_PER_YEAR,
            9.54791938424326609e-04 * SOLAR_MASS,
        )
    )
    bodies.append(
        Body(
            Vec3(8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01, 0),
            Vec3(-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 0) * DAYS_PER_YEAR,
            2.85885980666130812e-04 * SOLAR_MASS,
        )
    )
    bodies.append(
        Body(
            Vec3(1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01, 0),
            Vec3(2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 0) * DAYS_PER_YEAR,
            4.36624404335156298e-05 * SOLAR_MASS,
        )
    )
    bodies.append(
        Body(
            Vec3(1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01, 0),
            Vec3(2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 0) * DAYS_PER_YEAR,
            5.15138902046611451e-05 * SOLAR_MASS,
        )
    )
    return bodies^


def offset_momentum(mut bodies: List[Body]):
    var p = Vec3(0, 0, 0, 0)
    for b in bodies:
        p += b.vel * b.mass
    bodies[0].vel = -p / SOLAR_MASS


def energy(bodies: List[Body]) -> Float64:
    var e: Float64 = 0
    for i in range(len(bodies)):
        var bi = bodies[i].copy()
        e += 0.5 * bi.mass * (bi.vel * bi.vel).reduce_add()
        for j in range(i + 1, len(bodies)):
            var d = bi.pos - bodies[j].pos
            e -= bi.mass * bodies[j].mass / sqrt((d * d).reduce_add())
    return e


def advance(mut bodies: List[Body], dt: Float64):
    var n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            var d = bodies[i].pos - bodies[j].pos
            var d2 = (d * d).reduce_add()
            var mag = dt / (d2 * sqrt(d2))
            bodies[i].vel -= d * (bodies[j].mass * mag)
            bodies[j].vel += d * (bodies[i].mass * mag)
    for i in range(n):
        bodies[i].pos += bodies[i].vel * dt


def main():
    var bodies = planets()
    offset_momentum(bodies)
    print(Int(energy(bodies) * 1e9))
    # CHECK: -169075163
    for _ in range(1000):
        advance(bodies, 0.01)
    print(Int(energy(bodies) * 1e9))
    # CHECK: -169087605
