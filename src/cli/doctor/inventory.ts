// Doctor: the board inventory, as `openocd-flash boards` checks it.
import { formatProblem } from '../../util/yaml-schema.js'
import { INVENTORY_ENV } from '../../board/inventory.js'
import { absentMessage, type InventoryCheck } from '../inventory-check.js'
import { fail, ok, warn, type Check } from './check.js'

const SUBJECT = 'inventory'

export function inventoryChecks(check: InventoryCheck): Check[] {
  const { path, source } = check.location
  if (check.kind === 'absent')
    return [
      warn(SUBJECT, `${absentMessage(check.location)}; only virtual: and explicit boards work`),
    ]
  if (check.kind === 'invalid') return check.problems.map((p) => fail(SUBJECT, p))
  const boards = [...check.inventory.boards.values()]
  const virtual = boards.filter((b) => b.virtual).length
  const from =
    source === 'option' ? '--inventory' : source === 'env' ? `$${INVENTORY_ENV}` : 'default'
  return [
    ok(
      SUBJECT,
      `${path} (${from}) is valid: ${boards.length} boards, ${boards.length - virtual} with a probe, ${virtual} virtual`,
    ),
    ...check.warnings.map((w) => warn(SUBJECT, formatProblem(w))),
  ]
}
