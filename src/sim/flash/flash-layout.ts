// Where the sectors (F1: pages) of a flash array start and end.

export interface FlashSector {
  readonly index: number
  readonly offset: number
  readonly size: number
}

export class FlashLayout {
  readonly sectors: readonly FlashSector[]
  readonly size: number

  constructor(sectorSizes: readonly number[]) {
    let offset = 0
    this.sectors = sectorSizes.map((size, index) => {
      const sector = { index, offset, size }
      offset += size
      return sector
    })
    this.size = offset
  }

  /** The sector containing `offset`, by binary search (programming asks per halfword). */
  sectorAt(offset: number): FlashSector | undefined {
    if (offset < 0 || offset >= this.size) return undefined
    let low = 0
    let high = this.sectors.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.sectors[middle].offset <= offset) low = middle
      else high = middle - 1
    }
    return this.sectors[low]
  }
}
