config = {"db": {"host": "localhost", "port": 5432}, "debug": False, "tags": ["a", "b"]}
print(config["db"]["port"], config["tags"][-1])
config["db"]["port"] += 1
config.setdefault("cache", {})["size"] = 10
print(config)
for section, value in config.items():
    kind = type(value).__name__
    print(f"{section:<6} {kind}")
copy = dict(config)
copy["db"]["host"] = "remote"
print(config["db"]["host"], copy is config)
