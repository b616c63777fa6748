/* Counts for ever: after `reset run` the counter advances, and a debugger
 * can break at main, step into tick() and finish out of it. */
#include <stdint.h>

volatile uint32_t counter;

__attribute__((noinline)) void tick(void)
{
	counter++;
}

int main(void)
{
	for (;;)
		tick();
}
