// Parses a Tcl list (as OpenOCD returns from `flash list` or `read_memory`)
// into its string elements: braces group, double quotes group, backslashes escape.

export function parseTclList(text: string): string[] {
  const out: string[] = []
  let i = 0
  const n = text.length
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r'
  while (i < n) {
    while (i < n && isSpace(text[i])) i++
    if (i >= n) break
    if (text[i] === '{') {
      let depth = 1
      const start = ++i
      while (i < n && depth > 0) {
        if (text[i] === '\\') i++
        else if (text[i] === '{') depth++
        else if (text[i] === '}') depth--
        i++
      }
      if (depth !== 0) throw new Error(`unbalanced braces in Tcl list: ${text.slice(0, 80)}`)
      out.push(text.slice(start, i - 1))
    } else {
      const quoted = text[i] === '"'
      if (quoted) i++
      let word = ''
      while (i < n && (quoted ? text[i] !== '"' : !isSpace(text[i]))) {
        if (text[i] === '\\' && i + 1 < n) {
          i++
          word += text[i] === 'n' ? '\n' : text[i] === 't' ? '\t' : text[i]
        } else word += text[i]
        i++
      }
      if (quoted) i++
      out.push(word)
    }
  }
  return out
}

/** A Tcl dict (a list of alternating keys and values) as a plain object. */
export function parseTclDict(text: string): Record<string, string> {
  const items = parseTclList(text)
  const dict: Record<string, string> = {}
  for (let k = 0; k + 1 < items.length; k += 2) dict[items[k]] = items[k + 1]
  return dict
}
