/**
 * The page's two phone behaviours: the filter panel as a drawer behind a button, and keeping a selected
 * incident above the details sheet. On a desktop the button is hidden by CSS and the sheet sits beside
 * the map, so both do nothing there.
 */

/** Wires the drawer button (aria-expanded) to the body class the CSS reads. */
export function drawer(toggle) {
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('filters-open', open);
  });
}

/** Pans the map so that latlng stays in the part of the map the sheet does not cover. */
export function keepClearOfSheet(map, sheet, latlng) {
  const mapBox = map.getContainer().getBoundingClientRect();
  const sheetBox = sheet.getBoundingClientRect();
  const overlays = sheetBox.top > mapBox.top && sheetBox.left < mapBox.right && sheetBox.height > 0;
  if (!overlays) {
    return;
  }
  const visibleHeight = sheetBox.top - mapBox.top;
  const point = map.latLngToContainerPoint(latlng);
  if (point.y > visibleHeight - 30 || point.y < 0) {
    map.panBy([0, point.y - visibleHeight / 2]);
  }
}
