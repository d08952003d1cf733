class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.convert(t) for t in self.text.split()]
    def convert(self, token):
        return int(token)
print(Parser("1 2 3").parse())
Parser("1 two 3").parse()
