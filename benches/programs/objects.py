# objects: instances, attribute reads and writes, method calls, properties, operator dunders.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos + self.vel
        self.steps += 1
        if self.pos.norm1 > 1000:
            self.vel = self.vel * -1


def main(n, rounds):
    ps = [Particle(Vec(i, -i), Vec(i % 7 - 3, i % 5 - 2)) for i in range(n)]
    for _ in range(rounds):
        for p in ps:
            p.step()
    total = Vec(0, 0)
    dots = 0
    same = 0
    for p in ps:
        total = total + p.pos
        dots += p.pos.dot(p.vel)
        if p.pos == p.vel:
            same += 1
    return total.x, total.y, dots, same, sum(p.steps for p in ps)


r = main(1000, 300)
print(f"objects total=({r[0]},{r[1]}) dots={r[2]} same={r[3]} steps={r[4]}")
