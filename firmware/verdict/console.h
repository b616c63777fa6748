/* The test console: RTT up-channel 0 or semihosting, chosen at build time
 * (-DCONSOLE_RTT or -DCONSOLE_SEMIHOSTING), and the semihosting exit. */
#ifndef CONSOLE_H
#define CONSOLE_H

void console_init(void);
void console_puts(const char *line); /* one whole line, '\n' included */
void console_putu(unsigned n);
/* RTT down-channel 0: copies a line without its '\n' into buf; waits for it. */
void console_gets(char *buf, unsigned size);
/* Semihosting SYS_EXIT_EXTENDED (ADP_Stopped_ApplicationExit, code). */
void semihosting_exit(int code);

#endif
