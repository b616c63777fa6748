// Errors raised while providing an OpenOCD binary. The action maps them to the
// infrastructure exit code: nothing touched the target yet.

export class ProvisionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

/** A downloaded archive did not match its pinned SHA-256; it was deleted unopened. */
export class ChecksumError extends ProvisionError {
  readonly url: string
  readonly expected: string
  readonly actual: string

  constructor(url: string, expected: string, actual: string) {
    super(
      `The OpenOCD archive from ${url} has SHA-256 ${actual}, but ${expected} was expected. ` +
        'It was deleted without being extracted or run. A mirror must serve the identical file; ' +
        'a vendor build needs its own openocd-sha256.',
    )
    this.url = url
    this.expected = expected
    this.actual = actual
  }
}
