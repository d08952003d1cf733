person = {"name": "Ann", "langs": ["py", "rs"]}
print(f"{person['name']} knows {len(person['langs'])} languages: {', '.join(person['langs'])}")
print(f'{person["name"]!r}')
print(f"""triple {person["name"]}""")
key = "name"
print(f"{person[key]:*^9}")
print(f"{'{'}{'}'}", f"{{}}", f"{{{1}}}")
print(f"{3}{'%'}", f"{-1:+}", f"{0:+}")
