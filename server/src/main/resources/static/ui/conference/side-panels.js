// The chat and the participants list share one column at the right of the stage, as in Meet: opening one closes the
// other. The open one is named in .conf[data-side]; conference.css narrows the stage by the column's width.

/**
 * @param {HTMLElement} root the .conf element.
 * @param {string} name this panel ("chat", "people").
 * @param {() => void} close closes this panel when another one opens.
 * @returns {{opened(): void, closed(): void}} to call when this panel opens or closes.
 */
export function sidePanel(root, name, close) {
  root.addEventListener('conf-side-panel', (event) => {
    if (event.detail !== name && root.dataset.side === name) close();
  });
  return {
    opened() {
      root.dispatchEvent(new CustomEvent('conf-side-panel', { detail: name }));
      root.dataset.side = name;
    },
    closed() {
      if (root.dataset.side === name) delete root.dataset.side;
    },
  };
}
