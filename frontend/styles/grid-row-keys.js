// Enter on a grid row opens it as a click does: the portal's lists open a row on item click, which the keyboard
// never sends. A row whose cell holds its own control (a button, a link, a field) keeps the grid's Enter, which
// moves into that control.
document.addEventListener('keydown', event => {
  if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  const grid = event.composedPath().find(node => node.localName === 'vaadin-grid');
  if (!grid || grid.hasAttribute('interacting') || !grid.shadowRoot) {
    return;
  }
  const focused = grid.shadowRoot.activeElement;
  if (!focused || !focused.closest('#items')) {
    return;
  }
  const cell = focused.localName === 'tr' ? focused.querySelector('td') : focused;
  const slot = cell && cell.querySelector('slot');
  const content = slot && slot.assignedElements()[0];
  if (!content || content.querySelector('a, button, input, textarea, select, [tabindex], vaadin-button, vaadin-checkbox')) {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  content.click();
}, true);
