class StorageError(Exception):
    pass
def read(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise StorageError(f"no record {key!r}") from e
def handler():
    return read("b")
handler()
