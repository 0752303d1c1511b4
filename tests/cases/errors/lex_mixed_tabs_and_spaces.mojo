def main():
    var x = 1
	   print(x)  # error[E0103]: inconsistent use of tabs and spaces
