# A pseudo-terminal pair standing in for a board's serial port: prints the
# device name, writes argv[1] as the board's output, and holds the pair open
# until stdin closes.
import os
import sys
import tty

master, slave = os.openpty()
tty.setraw(slave)
print(os.ttyname(slave), flush=True)
os.write(master, sys.argv[1].encode())
sys.stdin.read()
