def ages() -> Dict[String, Int]:
    return {"ann": 3}

def main() raises:
    print(ages()["ann"])
    # CHECK: 3
