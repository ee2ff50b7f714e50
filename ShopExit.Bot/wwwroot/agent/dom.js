// @ts-check
// Small DOM helpers, text only.
//
// SECURITY: merchant text is hostile. Every piece of server data reaches the page through
// textContent, createTextNode, dataset or setAttribute only; the console uses no HTML-parsing
// sink at all (no inner/outer HTML setters, no HTML insertion, no document writes) and never
// evaluates strings. The helpers touch `document` only when called, never at import.

/**
 * The element of an id, checked to be of a type (HTMLElement by default). Throws when it is missing.
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @param {{ new (): T, prototype: T }} [type]
 * @returns {T}
 */
export function $(id, type) {
  const node = document.getElementById(id);
  if (!node || (type && !(node instanceof type))) {
    throw new Error(`#${id} is missing`);
  }
  return /** @type {T} */ (node);
}

/**
 * The element of an id, or null.
 * @param {string} id
 * @returns {HTMLElement | null}
 */
export function maybe(id) {
  return document.getElementById(id);
}

/**
 * @typedef {object} KnownProps
 * @property {string} [className]
 * @property {string | number} [text] Set as textContent.
 * @property {string | null} [testid] The data-testid attribute.
 * @property {Record<string, string | number>} [data] Set through dataset.
 * @property {boolean} [hidden]
 * @property {boolean} [disabled]
 */

/**
 * What el() sets: the known properties, and any other attribute (through setAttribute).
 * null and undefined values are skipped.
 * @typedef {KnownProps & Record<string, unknown>} Props
 */

/** @typedef {Node | string | number | null | undefined | false | Child[]} Child */

/**
 * Creates an element: el('div', { className, text, testid, data: {...}, title, ... }, child, ...).
 * Children are nodes, or strings (added as text nodes). Event handler attributes are refused.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props | null} [props]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined) {
      continue;
    }
    if (/^on/i.test(key)) {
      throw new Error(`use addEventListener, not ${key}`);
    }
    if (key === 'text') {
      node.textContent = String(value);
    } else if (key === 'className') {
      node.className = String(value);
    } else if (key === 'testid') {
      node.setAttribute('data-testid', String(value));
    } else if (key === 'data') {
      for (const [name, item] of Object.entries(/** @type {Record<string, unknown>} */ (value))) {
        node.dataset[name] = String(item);
      }
    } else if (key === 'hidden') {
      node.hidden = !!value;
    } else if (key === 'disabled') {
      if ('disabled' in node) {
        node.disabled = !!value;
      }
    } else {
      node.setAttribute(key, String(value));
    }
  }
  add(node, children);
  return node;
}

/**
 * Appends children: nodes, strings and numbers (as text nodes), arrays of them; skips null,
 * undefined and false.
 * @param {Node} parent
 * @param {Child} child
 */
export function add(parent, child) {
  if (child === null || child === undefined || child === false) {
    return;
  }
  if (Array.isArray(child)) {
    for (const c of child) {
      add(parent, c);
    }
  } else if (typeof child === 'string' || typeof child === 'number') {
    parent.appendChild(document.createTextNode(String(child)));
  } else {
    parent.appendChild(child);
  }
}

/**
 * Removes every child.
 * @param {Node} node
 */
export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

/**
 * Calls the action on click, and on Enter or Space (for an element with role="button").
 * @param {HTMLElement} node
 * @param {() => void} action
 */
export function onActivate(node, action) {
  node.addEventListener('click', action);
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  });
}

/**
 * Whether a key press is a plain Enter that is not composing text (an IME's Enter picks a word).
 * @param {KeyboardEvent} e
 * @returns {boolean}
 */
export function isPlainEnter(e) {
  return e.key === 'Enter' && !e.isComposing && e.keyCode !== 229;
}
