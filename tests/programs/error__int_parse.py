value = int("12abc")
