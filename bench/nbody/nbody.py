# The n-body benchmark, the same computation as nbody.mojo (run with fewer steps: see bench/run.py).
import math
import sys

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
raw = [
    (0, 0, 0, 0, 0, 0, 1.0),
    (4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
    (8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
    (1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
    (1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
]
b = [[x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, m * SOLAR_MASS] for x, y, z, vx, vy, vz, m in raw]


def energy():
    e = 0.0
    for i in range(len(b)):
        e += 0.5 * b[i][6] * (b[i][3] ** 2 + b[i][4] ** 2 + b[i][5] ** 2)
        for j in range(i + 1, len(b)):
            dx, dy, dz = b[i][0] - b[j][0], b[i][1] - b[j][1], b[i][2] - b[j][2]
            e -= b[i][6] * b[j][6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


px = sum(x[3] * x[6] for x in b)
py = sum(x[4] * x[6] for x in b)
pz = sum(x[5] * x[6] for x in b)
b[0][3], b[0][4], b[0][5] = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS
print(int(energy() * 1e9))
n = len(b)
for _ in range(steps):
    for i in range(n):
        bi = b[i]
        for j in range(i + 1, n):
            bj = b[j]
            dx, dy, dz = bi[0] - bj[0], bi[1] - bj[1], bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = 0.01 / (d2 * math.sqrt(d2))
            mj, mi = bj[6] * mag, bi[6] * mag
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
    for x in b:
        x[0] += 0.01 * x[3]
        x[1] += 0.01 * x[4]
        x[2] += 0.01 * x[5]
print(int(energy() * 1e9))
