name = "report_2024.csv"
print(name.startswith("report"), name.startswith("data"))
print(name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith(("a", "r")), name.startswith("2024", 7))
print("".startswith(""), "abc".endswith(""))
