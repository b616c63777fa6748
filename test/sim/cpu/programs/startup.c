// Minimal start-up for the core's end-to-end tests: a vector table, a reset
// handler that copies .data and zeroes .bss, then main; BKPT ends the run.
#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);

void Reset_Handler(void) {
  uint32_t *src = &_sidata;
  for (uint32_t *dst = &_sdata; dst < &_edata;) *dst++ = *src++;
  for (uint32_t *dst = &_sbss; dst < &_ebss;) *dst++ = 0;
  int result = main();
  __asm volatile("mov r0, %0\n bkpt #0" ::"r"(result) : "r0");
  for (;;) {
  }
}

void Default_Handler(void) {
  __asm volatile("bkpt #1");
  for (;;) {
  }
}

void HardFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SysTick_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SVC_Handler(void) __attribute__((weak, alias("Default_Handler")));
void PendSV_Handler(void) __attribute__((weak, alias("Default_Handler")));
void UsageFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void IRQ0_Handler(void) __attribute__((weak, alias("Default_Handler")));

__attribute__((section(".isr_vector"), used)) void (*const vectors[17])(void) = {
    (void (*)(void))&_estack, Reset_Handler, Default_Handler, HardFault_Handler,
    Default_Handler, Default_Handler, UsageFault_Handler, 0, 0, 0, 0, SVC_Handler,
    Default_Handler, 0, PendSV_Handler, SysTick_Handler, IRQ0_Handler,
};
