def main():
  var x = 5
  if x > 3:
        print("deep block")
        # CHECK: deep block
        if x > 4:
         print("odd width")
         # CHECK: odd width
  else:
    print("never")
  print("back")
  # CHECK: back
