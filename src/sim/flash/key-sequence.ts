// The two-key write sequence that unlocks an STM32 flash interface register.

export class KeySequence {
  private firstKeySeen = false

  constructor(
    private readonly key1: number,
    private readonly key2: number,
  ) {}

  /** Feeds one write; true when it completes the sequence. */
  accept(value: number): boolean {
    if (this.firstKeySeen && value === this.key2) {
      this.firstKeySeen = false
      return true
    }
    this.firstKeySeen = value === this.key1
    return false
  }

  reset(): void {
    this.firstKeySeen = false
  }
}
