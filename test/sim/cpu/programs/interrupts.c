// Exceptions from C: SysTick interrupts woken from WFI, PendSV, SVC, an NVIC
// interrupt set pending through STIR, then a deliberate fault whose HardFault
// handler records CFSR, HFSR and the stacked PC.
#include <stdint.h>

#define REG(address) (*(volatile uint32_t *)(address))
#define SYST_CSR REG(0xe000e010)
#define SYST_RVR REG(0xe000e014)
#define SYST_CVR REG(0xe000e018)
#define NVIC_ISER0 REG(0xe000e100)
#define NVIC_IPR0 ((volatile uint8_t *)0xe000e400)
#define STIR REG(0xe000ef00)
#define ICSR REG(0xe000ed04)
#define CCR REG(0xe000ed14)
#define SHPR3 ((volatile uint8_t *)0xe000ed20)
#define CFSR REG(0xe000ed28)
#define HFSR REG(0xe000ed2c)

volatile uint32_t ticks, pendsv, svc_number, irq, fault_cfsr, fault_hfsr, fault_pc, done;

void SysTick_Handler(void) { ticks++; }
void PendSV_Handler(void) { pendsv++; }
void IRQ0_Handler(void) { irq = ticks + 100; }

// The SVC number is the low byte of the SVC instruction before the stacked PC.
__attribute__((naked)) void SVC_Handler(void) {
  __asm volatile(
      "ldr r0, [sp, #24]\n"
      "ldrb r0, [r0, #-2]\n"
      "ldr r1, =svc_number\n"
      "str r0, [r1]\n"
      "bx lr\n");
}

__attribute__((used)) static void record_fault(const uint32_t *frame) {
  fault_cfsr = CFSR;
  fault_hfsr = HFSR;
  fault_pc = frame[6];
  done = 1;
  __asm volatile("bkpt #3");
  for (;;) {
  }
}

// The stacked frame is where MSP points on entry, before any code of ours pushes.
__attribute__((naked)) void HardFault_Handler(void) {
  __asm volatile(
      "mrs r0, msp\n"
      "b record_fault\n");
}

__attribute__((noinline)) int divide(int a, int b) { return a / b; }

int main(void) {
  SHPR3[3] = 0x40;  // SysTick priority
  SYST_RVR = 99;
  SYST_CVR = 0;
  SYST_CSR = 7;
  while (ticks < 5) __asm volatile("wfi");
  SYST_CSR = 0;
  ICSR = 1u << 28;  // PendSV
  __asm volatile("dsb\n isb");
  __asm volatile("svc #42");
  NVIC_IPR0[0] = 0x80;
  NVIC_ISER0 = 1;
  STIR = 0;
  __asm volatile("dsb\n isb");
  CCR |= 1u << 4;  // DIV_0_TRP
  return divide(7, (int)done);
}
