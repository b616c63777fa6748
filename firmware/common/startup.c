/* Startup shared by every test program on every chip: the Cortex-M system
 * vectors, then .data copied from flash and .bss cleared before main().
 * Handlers are weak aliases of Default_Handler, so a program defines only
 * the ones it needs (SysTick_Handler, HardFault_Handler, ...). */
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
extern int main(void);

void Reset_Handler(void);

/* A fault or an unexpected interrupt stops here, where a debugger finds it. */
void Default_Handler(void)
{
	for (;;) {
	}
}

#define WEAK_HANDLER(name) void name(void) __attribute__((weak, alias("Default_Handler")))
WEAK_HANDLER(NMI_Handler);
WEAK_HANDLER(HardFault_Handler);
WEAK_HANDLER(MemManage_Handler);
WEAK_HANDLER(BusFault_Handler);
WEAK_HANDLER(UsageFault_Handler);
WEAK_HANDLER(SVC_Handler);
WEAK_HANDLER(DebugMon_Handler);
WEAK_HANDLER(PendSV_Handler);
WEAK_HANDLER(SysTick_Handler);

__attribute__((section(".isr_vector"), used)) void (*const vector_table[16])(void) = {
	(void (*)(void))&_estack,
	Reset_Handler,
	NMI_Handler,
	HardFault_Handler,
	MemManage_Handler,
	BusFault_Handler,
	UsageFault_Handler,
	0,
	0,
	0,
	0,
	SVC_Handler,
	DebugMon_Handler,
	0,
	PendSV_Handler,
	SysTick_Handler,
};

void Reset_Handler(void)
{
	uint32_t *source = &_sidata;
	for (uint32_t *word = &_sdata; word < &_edata;)
		*word++ = *source++;
	for (uint32_t *word = &_sbss; word < &_ebss;)
		*word++ = 0;
	main();
	for (;;) {
	}
}
