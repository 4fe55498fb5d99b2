/**
 * A light hover tooltip for markers drawn on a canvas: one absolutely placed element in the map container,
 * built once, whose lines are set with textContent (incident text is untrusted) and which is moved, not
 * rebuilt, while the pointer stays on one marker. It takes no pointer events. `show` with no lines hides it.
 */
/** Container pixels a tooltip needs above a marker; nearer the top it goes below. */
const ROOM_ABOVE = 80;

export class PointTooltip {
  constructor(container) {
    this._element = document.createElement('div');
    this._element.className = 'point-tooltip';
    this._element.dataset.testid = 'point-tooltip';
    this._element.setAttribute('role', 'tooltip');
    this._element.hidden = true;
    this._key = null;
    container.append(this._element);
  }

  /**
   * Shows `lines` (strings; the first in bold) `offset` pixels above the container point (x, y), or below it
   * near the top edge, where the map would cut it off. `key` names what is shown: the same key again only
   * moves the tooltip.
   */
  show(key, lines, x, y, offset) {
    if (!lines.length) {
      this.hide();
      return;
    }
    if (key !== this._key) {
      this._key = key;
      this._element.replaceChildren(...lines.map((line, i) => {
        const part = document.createElement(i === 0 ? 'strong' : 'span');
        part.textContent = line;
        return part;
      }));
    }
    const below = y - offset < ROOM_ABOVE;
    this._element.classList.toggle('point-tooltip-below', below);
    this._element.style.left = `${Math.round(x)}px`;
    this._element.style.top = `${Math.round(below ? y + offset : y - offset)}px`;
    this._element.hidden = false;
  }

  hide() {
    if (!this._element.hidden) {
      this._element.hidden = true;
      this._key = null;
    }
  }

  remove() {
    this._element.remove();
  }
}

export function pointTooltip(container) {
  return new PointTooltip(container);
}
