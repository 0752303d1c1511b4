def greet(name: String, greeting: String = "Hello", times: Int = 1) -> String:
    var out = ""
    for _ in range(times):
        out += greeting + " " + name + "."
    return out

def main():
    print(greet("Ann"))
    # CHECK: Hello Ann.
    print(greet("Bo", "Hi"))
    # CHECK: Hi Bo.
    print(greet("Cy", "Yo", 2))
    # CHECK: Yo Cy.Yo Cy.
