print("defining")
class Broken:
    value = 1
    other = missing_name
