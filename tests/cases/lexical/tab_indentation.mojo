def main():
	var x = 1
	if x:
		print("tabs")
	# CHECK: tabs
