// The IEEE 1149.1 TAP controller: 16 states, moved by TMS on each rising TCK.

export const TapState = {
  TestLogicReset: 0,
  RunTestIdle: 1,
  SelectDr: 2,
  CaptureDr: 3,
  ShiftDr: 4,
  Exit1Dr: 5,
  PauseDr: 6,
  Exit2Dr: 7,
  UpdateDr: 8,
  SelectIr: 9,
  CaptureIr: 10,
  ShiftIr: 11,
  Exit1Ir: 12,
  PauseIr: 13,
  Exit2Ir: 14,
  UpdateIr: 15,
} as const

export type TapState = (typeof TapState)[keyof typeof TapState]

const S = TapState
// [next with TMS = 0, next with TMS = 1] per state, flattened for the hot loop.
const NEXT = Uint8Array.from([
  S.RunTestIdle,
  S.TestLogicReset, // TestLogicReset
  S.RunTestIdle,
  S.SelectDr, //       RunTestIdle
  S.CaptureDr,
  S.SelectIr, //         SelectDr
  S.ShiftDr,
  S.Exit1Dr, //            CaptureDr
  S.ShiftDr,
  S.Exit1Dr, //            ShiftDr
  S.PauseDr,
  S.UpdateDr, //           Exit1Dr
  S.PauseDr,
  S.Exit2Dr, //            PauseDr
  S.ShiftDr,
  S.UpdateDr, //           Exit2Dr
  S.RunTestIdle,
  S.SelectDr, //       UpdateDr
  S.CaptureIr,
  S.TestLogicReset, //   SelectIr
  S.ShiftIr,
  S.Exit1Ir, //            CaptureIr
  S.ShiftIr,
  S.Exit1Ir, //            ShiftIr
  S.PauseIr,
  S.UpdateIr, //           Exit1Ir
  S.PauseIr,
  S.Exit2Ir, //            PauseIr
  S.ShiftIr,
  S.UpdateIr, //           Exit2Ir
  S.RunTestIdle,
  S.SelectDr, //       UpdateIr
])

export function nextTapState(state: TapState, tms: number): TapState {
  return NEXT[state * 2 + tms] as TapState
}
