class Oops(Exception):
    def __str__(self):
        return "custom str wins"
raise Oops("ignored arg")
