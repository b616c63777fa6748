// Exercises what GCC -O2 emits for ordinary C: loops, calls, division,
// 64-bit arithmetic, switch tables, bit fields, structs and initialised data.
#include <stdint.h>

struct record {
  uint8_t a;
  int16_t b;
  uint32_t c : 5, d : 11, e : 16;
};

volatile uint32_t results[16];
static int32_t table[8] = {3, -7, 11, 100000, -2147483647 - 1, 42, 5, -1};
static uint32_t counter = 7;
static struct record records[4];

__attribute__((noinline)) static uint32_t crc32(const uint8_t *data, uint32_t length) {
  uint32_t crc = 0xffffffff;
  for (uint32_t i = 0; i < length; i++) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; bit++) crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc;
}

__attribute__((noinline)) static int classify(int x) {
  switch (x) {
    case 0: return 10;
    case 1: return 21;
    case 2: return 32;
    case 3: return 43;
    case 4: return 54;
    case 5: return 65;
    case 6: return 76;
    default: return -1;
  }
}

__attribute__((noinline)) static int64_t mul64(int64_t a, int64_t b) { return a * b; }

__attribute__((noinline)) static uint32_t fib(uint32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  const char *text = "123456789";
  results[0] = crc32((const uint8_t *)text, 9);
  int32_t sum = 0;
  for (int i = 0; i < 8; i++) sum += table[i] / (i + 1);
  results[1] = (uint32_t)sum;
  uint32_t u = 0xdeadbeef;
  results[2] = u / 10 + u % 7;
  int s = 0;
  for (int i = -2; i < 10; i++) s = s * 3 + classify(i);
  results[3] = (uint32_t)s;
  int64_t p = mul64(-123456789012LL, 987654321LL);
  results[4] = (uint32_t)p;
  results[5] = (uint32_t)(p >> 32);
  for (int i = 0; i < 4; i++) {
    records[i].a = (uint8_t)(i * 100);
    records[i].b = (int16_t)(-i * 1000);
    records[i].c = (uint32_t)(i * 9);
    records[i].d = (uint32_t)(i * 700);
    records[i].e = (uint32_t)(i * 30000);
  }
  uint32_t acc = 0;
  for (int i = 0; i < 4; i++) acc = acc * 31 + records[i].a + (uint32_t)records[i].b + records[i].c + records[i].d + records[i].e;
  results[6] = acc;
  results[7] = fib(15);
  counter += 5;
  results[8] = counter;
  return (int)(results[0] ^ results[7]);
}
