log = []
class Tracked:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *exc):
        log.append("exit")
def early():
    with Tracked():
        return "value"
print(early(), log)
log.clear()
for i in range(3):
    with Tracked():
        if i == 1:
            break
        log.append(f"body{i}")
print(log)
