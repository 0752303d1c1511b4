# Older Mojo spellings that Mojo 1.2 removed, accepted so older programs run: `fn`, `alias`, `@value`,
# `inout`/`borrowed`/`owned`, `str(x)`, `Stringable`, `@parameter if/for`, and `x[]` on a loop variable
# (the dereference of the reference older Mojo gave).


alias SIZE = 4

@value
struct Particle(Stringable):
    var x: Float64
    var v: Float64

    fn step(inout self, dt: Float64):
        self.x += self.v * dt

    fn __str__(self) -> String:
        return "Particle(" + str(self.x) + ", " + str(self.v) + ")"


fn total(borrowed ps: List[Particle]) -> Float64:
    var s: Float64 = 0
    for i in range(len(ps)):
        s += ps[i].x
    return s


fn consume(owned p: Particle) -> Float64:
    return p.x


fn main() raises:
    var ps = List[Particle]()
    for i in range(SIZE):
        ps.append(Particle(Float64(i), 1.0))
    for i in range(len(ps)):
        ps[i].step(0.5)
    print(total(ps))
    print(str(ps[0]))
    print(consume(ps[1]))
    @parameter
    if SIZE > 2:
        print("big")
    @parameter
    for i in range(2):
        print(i)
    var d = Dict[String, Int]()
    d["a"] = 1
    for k in d:
        print(k[], d[k[]])

# CHECK: 8.0
# CHECK: Particle(0.5, 1.0)
# CHECK: 1.5
# CHECK: big
# CHECK: 0
# CHECK: 1
# CHECK: a 1
