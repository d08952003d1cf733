class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in [0, 1, -1, -2, 2**61, 2**61-1, 2**62, -2**63, 2**63-1, 2**63, 2**64+5, -2**64, True, False, 12345678901234567]:
    print(h, hash(H(h)))
