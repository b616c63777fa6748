import { afterEach, describe, expect, it, vi } from 'vitest'
import { INLINE_STEPS, readInputs } from '../../src/action/inputs.js'
import { actionDefaults, inputEnv } from '../support/runner-env.js'
import { ACTION_YML } from '../support/action.js'

const defaults = await actionDefaults(ACTION_YML)

/** The INPUT_* variables the runner would set: action.yml's defaults, then `inputs`. */
function given(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputEnv({ ...defaults, ...inputs })))
    vi.stubEnv(name, value)
}

afterEach(() => vi.unstubAllEnvs())

describe('readInputs', () => {
  it('reads a plan, a board and the defaults', () => {
    given({
      'steps-file': 'ci/flash.yml',
      board: 'nucleo-f401-2',
      interface: 'interface/stlink.cfg\n\n  interface/extra.cfg  \n',
      commands: 'reset_config srst_only',
      'adapter-speed': '4000',
      'retention-days': '14',
    })
    expect(readInputs()).toEqual({
      plan: { file: 'ci/flash.yml' },
      board: {
        board: 'nucleo-f401-2',
        inventory: undefined,
        interface: ['interface/stlink.cfg', 'interface/extra.cfg'],
        target: [],
        config: [],
        serial: undefined,
        speed: 4000,
        transport: undefined,
        connectUnderReset: false,
        commands: ['reset_config srst_only'],
        faults: [],
      },
      openocd: { kind: 'xpack', version: '0.12.0-7', url: undefined, sha256: undefined },
      dryRun: false,
      upload: true,
      artifactName: 'openocd-flash-report',
      retentionDays: 14,
      reportDir: undefined,
      timeoutMs: 30 * 60_000,
      lockTimeoutMs: 10 * 60_000,
    })
  })

  it('keeps inline steps as given, named for messages', () => {
    const steps = 'version: 1\nsteps:\n  - reset: run\n'
    given({ steps })
    expect(readInputs().plan).toEqual({ file: INLINE_STEPS, text: steps })
  })

  it('chooses OpenOCD: system, a path, or a download from a URL', () => {
    given({ steps: 'x', 'openocd-version': 'system' })
    expect(readInputs().openocd).toEqual({ kind: 'system' })
    given({ steps: 'x', 'openocd-path': '/opt/openocd/bin/openocd' })
    expect(readInputs().openocd).toEqual({ kind: 'path', path: '/opt/openocd/bin/openocd' })
    given({ steps: 'x', 'openocd-url': 'https://mirror/o.tar.gz', 'openocd-sha256': 'ab' })
    expect(readInputs().openocd).toMatchObject({ kind: 'xpack', url: 'https://mirror/o.tar.gz' })
  })

  it('reads empty limits as no limit', () => {
    given({ steps: 'x', timeout: '', 'lock-timeout': '' })
    expect(readInputs()).toMatchObject({ timeoutMs: undefined, lockTimeoutMs: Infinity })
  })

  it.each([
    [
      {},
      "input 'steps': no plan: give the steps inline (steps) or the path of a step file (steps-file)",
    ],
    [
      { steps: 'x', 'steps-file': 'f.yml' },
      "input 'steps': give the plan either inline in steps or in steps-file, not both",
    ],
    [
      { steps: 'x', 'openocd-path': '/o', 'openocd-url': 'https://m/o.tar.gz' },
      "input 'openocd-path': names a binary to use, so leave openocd-url and openocd-sha256 empty",
    ],
    [
      { steps: 'x', 'openocd-path': '/o', 'openocd-version': 'system' },
      'input \'openocd-path\': names a binary to use, so openocd-version cannot also be "system"',
    ],
    [
      { steps: 'x', 'openocd-version': 'system', 'openocd-sha256': 'ab' },
      'input \'openocd-version\': "system" uses the openocd on PATH, so leave openocd-url and openocd-sha256 empty',
    ],
    [
      { steps: 'x', 'openocd-version': '' },
      'input \'openocd-version\': give an xPack release such as 0.12.0-7, or "system"',
    ],
    [{ steps: 'x', 'dry-run': 'yes' }, "input 'dry-run': 'yes' is not true or false"],
    [
      { steps: 'x', 'retention-days': '0' },
      "input 'retention-days': '0' is not a whole number from 1 to 90",
    ],
    [
      { steps: 'x', 'adapter-speed': '4 MHz' },
      "input 'adapter-speed': '4 MHz' is not a whole number from 1 to 1000000",
    ],
    [
      { steps: 'x', timeout: '0s' },
      "input 'timeout': '0s' is not a duration such as 30s, 500ms or 10m, above zero",
    ],
    [
      { steps: 'x', 'artifact-name': 'reports/f103' },
      "input 'artifact-name': 'reports/f103' holds a character artifact names cannot have",
    ],
    [{ steps: 'x', 'artifact-name': '' }, "input 'artifact-name': must not be empty"],
  ])('rejects %j: %s', (inputs, message) => {
    given(inputs)
    expect(() => readInputs()).toThrow(message)
  })
})
