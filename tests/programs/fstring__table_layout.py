rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.0)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}|")
print("-" * 26)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}|{'':>5}|{total:>8.2f}|")
print(f"{total:,.3f} {int(total):08,}")
