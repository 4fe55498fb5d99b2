/**
 * The map's key: a colour swatch per sub-event type present in the data, how marker size and the
 * precision rings read. A <details> element, so it folds away on a phone. With no types yet it shows only the
 * size and ring keys.
 */
import { colourFor, precisionWords, radiusFor } from './marker-style.js';

export const Legend = L.Control.extend({
  options: {
    position: 'topright',
  },

  onAdd() {
    const container = L.DomUtil.create('details', 'map-legend');
    container.id = 'legend';
    container.dataset.testid = 'legend';
    // Open where there is room for it; on a phone it starts folded.
    container.open = window.matchMedia('(min-width: 1100px) and (min-height: 700px)').matches;
    const summary = L.DomUtil.create('summary', 'map-legend-title', container);
    summary.textContent = 'Legend';
    this._types = L.DomUtil.create('ul', 'map-legend-types', container);
    this._types.setAttribute('aria-label', 'Incident types');
    this._keys(container);
    this.setTypes(this._typeNames ?? []);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    return container;
  },

  /** Sub-event type names to list, in order. */
  setTypes(names) {
    this._typeNames = names;
    if (!this._types) {
      return this;
    }
    this._types.replaceChildren(...names.map((name) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.backgroundColor = colourFor(name);
      const label = document.createElement('span');
      label.textContent = name;
      item.append(swatch, label);
      return item;
    }));
    return this;
  },

  _keys(container) {
    const keys = L.DomUtil.create('ul', 'map-legend-keys', container);
    keys.append(
      ...[0, 10, 100].map((n) => this._sizeKey(n)),
      this._key('swatch ring ring-near', `dashed ring: ${precisionWords(2)}`),
      this._key('swatch ring ring-region', `hollow: ${precisionWords(3)}`),
    );
  },

  /** A grey circle drawn at the size a marker with n killed + wounded has on the map (in a sparse view). */
  _sizeKey(n) {
    const item = this._key('swatch swatch-size', n === 0 ? 'none killed or wounded, or not stated'
      : `${n} killed + wounded`);
    const diameter = `${Math.round(2 * radiusFor(n))}px`;
    Object.assign(item.firstChild.style, { width: diameter, height: diameter });
    return item;
  },

  _key(swatchClass, text) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = swatchClass;
    const label = document.createElement('span');
    label.textContent = text;
    item.append(swatch, label);
    return item;
  },
});

export function legend(options) {
  return new Legend(options);
}
