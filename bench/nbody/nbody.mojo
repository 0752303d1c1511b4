# The n-body benchmark: the Sun and the four outer planets, 1,000,000 steps of 0.01 (scalar
# arithmetic, as in nbody.rs and nbody.py). Prints the energy before and after, in units of 1e-9.
from std.math import sqrt
from std.sys import argv

comptime PI = 3.141592653589793
comptime SOLAR_MASS = 4 * PI * PI
comptime DAYS_PER_YEAR = 365.24


@fieldwise_init
struct Body(Copyable):
    var x: Float64
    var y: Float64
    var z: Float64
    var vx: Float64
    var vy: Float64
    var vz: Float64
    var mass: Float64


def bodies() -> List[Body]:
    var b = List[Body]()
    b.append(Body(0, 0, 0, 0, 0, 0, SOLAR_MASS))
    b.append(Body(4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01, 1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR, -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS))
    b.append(Body(8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01, -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR, 2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS))
    b.append(Body(1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01, 2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR, -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS))
    b.append(Body(1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01, 2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR, -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS))
    return b^


def energy(b: List[Body]) -> Float64:
    var e = 0.0
    for i in range(len(b)):
        e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz)
        for j in range(i + 1, len(b)):
            var dx = b[i].x - b[j].x
            var dy = b[i].y - b[j].y
            var dz = b[i].z - b[j].z
            e -= b[i].mass * b[j].mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def main() raises:
    var args = argv()
    var steps = 1000000
    if len(args) > 1:
        steps = Int(args[1])
    var b = bodies()
    var px = 0.0
    var py = 0.0
    var pz = 0.0
    for i in range(len(b)):
        px += b[i].vx * b[i].mass
        py += b[i].vy * b[i].mass
        pz += b[i].vz * b[i].mass
    b[0].vx = -px / SOLAR_MASS
    b[0].vy = -py / SOLAR_MASS
    b[0].vz = -pz / SOLAR_MASS
    print(Int(energy(b) * 1e9))
    var n = len(b)
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                var dx = b[i].x - b[j].x
                var dy = b[i].y - b[j].y
                var dz = b[i].z - b[j].z
                var d2 = dx * dx + dy * dy + dz * dz
                var mag = 0.01 / (d2 * sqrt(d2))
                var mj = b[j].mass * mag
                var mi = b[i].mass * mag
                b[i].vx -= dx * mj
                b[i].vy -= dy * mj
                b[i].vz -= dz * mj
                b[j].vx += dx * mi
                b[j].vy += dy * mi
                b[j].vz += dz * mi
        for i in range(n):
            b[i].x += 0.01 * b[i].vx
            b[i].y += 0.01 * b[i].vy
            b[i].z += 0.01 * b[i].vz
    print(Int(energy(b) * 1e9))
