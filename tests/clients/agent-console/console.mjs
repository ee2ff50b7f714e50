// Where the agent console's modules are, for the tests beside this file.
export const consoleDir = new URL('../../../ShopExit.Bot/wwwroot/agent/', import.meta.url);
export const repoRoot = new URL('../../../', import.meta.url);

/** Imports one of the console's modules (e.g. 'format.js'). */
export function load(name) {
  return import(new URL(name, consoleDir).href);
}
