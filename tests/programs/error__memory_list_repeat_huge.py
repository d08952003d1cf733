# A repeat count no memory can hold raises MemoryError with no message.
print('before')
items = [1, 2] * 2**62
print('never')
