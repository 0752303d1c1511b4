def main():
	var x = 3
	if x > 2:
		print("tabs", x)
		# CHECK: tabs 3
	print("done")
	# CHECK: done
