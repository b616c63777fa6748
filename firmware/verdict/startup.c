/* Minimal Cortex-M startup for the verdict test firmware: a vector table,
 * .data copied from flash, .bss zeroed, then main(). HardFault is a plain
 * loop: the host's vector catch halts the core on its first instruction. */
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

void Reset_Handler(void)
{
    uint32_t *src = &_sidata, *dst = &_sdata;
    while (dst < &_edata)
        *dst++ = *src++;
    for (dst = &_sbss; dst < &_ebss;)
        *dst++ = 0;
    main();
    for (;;)
        ;
}

void Default_Handler(void)
{
    for (;;)
        ;
}

void HardFault_Handler(void)
{
    for (;;)
        ;
}

__attribute__((section(".isr_vector"), used)) const void *const vectors[16] = {
    &_estack,          Reset_Handler,   Default_Handler, HardFault_Handler,
    Default_Handler,   Default_Handler, Default_Handler, 0,
    0,                 0,               0,               Default_Handler,
    Default_Handler,   0,               Default_Handler, Default_Handler,
};
