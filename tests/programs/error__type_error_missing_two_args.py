def area(width, height, depth=1):
    return width * height * depth
area()
