/* Counts to 100, then reads an address where nothing is mapped: a precise
 * BusFault, escalated to HardFault (BusFault is not enabled), with
 * CFSR.PRECISERR and BFAR set and the PC of the load stacked. */
#include <stdint.h>

#define NOWHERE ((volatile uint32_t *)0x30000000)

volatile uint32_t counter;
volatile uint32_t sink;

__attribute__((noinline)) void read_nowhere(void)
{
	sink = *NOWHERE;
}

int main(void)
{
	while (counter < 100)
		counter++;
	read_nowhere();
	for (;;) {
	}
}
