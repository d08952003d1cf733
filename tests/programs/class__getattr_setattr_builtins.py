class Cfg:
    debug = False
c = Cfg()
setattr(c, "level", 3)
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "dflt"))
print(hasattr(c, "level"), hasattr(c, "nope"))
name = "dynamic"
setattr(Cfg, name, "class-level")
print(c.dynamic, Cfg.dynamic)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
del c.level
print(hasattr(c, "level"))
