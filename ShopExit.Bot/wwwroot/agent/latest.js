// @ts-check
// "Only the latest answer counts": each run aborts the one before it, so a slow old answer can
// never overwrite a newer one. This replaces the hand-made sequence and generation counters.

export class Latest {
  /** @type {AbortController | null} */
  #current = null;

  /**
   * Runs the task with a signal that aborts when the next run starts or abort() is called.
   * (The API's requests also stop at logout: api.js adds the session's signal.)
   * @template T
   * @param {(signal: AbortSignal) => Promise<T>} task
   * @returns {Promise<T>}
   */
  async run(task) {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    try {
      return await task(controller.signal);
    } finally {
      if (this.#current === controller) {
        this.#current = null;
      }
    }
  }

  /**
   * Aborts the run in flight.
   * @returns {boolean} Whether there was one.
   */
  abort() {
    const controller = this.#current;
    this.#current = null;
    controller?.abort();
    return controller !== null;
  }

  /** Whether a run is in flight. */
  get busy() {
    return this.#current !== null;
  }
}
