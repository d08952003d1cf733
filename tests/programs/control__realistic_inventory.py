class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self
    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
    def report(self):
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            print(f"{item.name:<8}{item.qty:>4} x {item.price:>6.2f} = {item.value:>8.2f}")
        print(f"{'total':<8}{sum(i.value for i in self.items.values()):>25.2f}")
inv = Inventory().add(Item("pen", 1.5, 10)).add(Item("book", 12.0, 2)).add(Item("pen", 1.5, 5))
inv.report()
try:
    inv.remove("book", 3)
except ValueError as e:
    print("error:", e)
inv.remove("pen", 15)
print(inv.items)
