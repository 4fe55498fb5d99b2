/**
 * The incidents on a canvas: one circle marker per incident (colour by sub-event type, size by casualties)
 * and a dashed ring when the place is only approximately known. It listens to a TimeModel and to filter
 * changes and only adds, removes or restyles markers that change, so playing the slider never rebuilds
 * anything. Clicking a marker fires 'select' {id}; where several visible incidents share a place, a popup
 * lists them first. Features without a usable point or date are counted but never drawn.
 * Fires 'drawn' {drawn, matching, total} after each update.
 */
import { incidentEnd, parseDay } from './dates.js';
import { casualtyTotal } from './casualties.js';
import { dateIndex, visibility } from './binning.js';
import { colourFor, precisionRing, radiusFor } from './marker-style.js';
import { matches } from './incident-filter.js';
import { incidentListLabel } from './incident-text.js';

export const IncidentLayer = L.Layer.extend({
  options: {
    // Fill opacity of a marker at full strength; window mode scales it down with age.
    fillOpacity: 0.8,
    // Marker opacity changes smaller than this are not worth a repaint.
    opacityStep: 0.04,
    // Markers larger than this (px) are sent to the back when shown.
    backRadius: 9,
  },

  initialize(model, options) {
    L.setOptions(this, options);
    this._model = model;
    this._renderer = L.canvas({ padding: 0.3, tolerance: 5 });
    this._group = L.featureGroup();
    this._entries = [];
    this._index = dateIndex([]);
    this._byId = new Map();
    this._filters = {};
    this._shown = new Set();
    this._highlight = null;
    this._onModelChange = () => this._update();
  },

  onAdd(map) {
    this._group.addTo(map);
    this._model.addEventListener('timechange', this._onModelChange);
    this._model.addEventListener('modechange', this._onModelChange);
    this._update();
  },

  onRemove(map) {
    this._model.removeEventListener('timechange', this._onModelChange);
    this._model.removeEventListener('modechange', this._onModelChange);
    map.removeLayer(this._group);
    if (this._highlight) {
      map.removeLayer(this._highlight);
    }
  },

  /** Replaces the incidents; markers are built here, once. */
  setData(features) {
    this._group.clearLayers();
    this._shown.clear();
    this._byId.clear();
    this._entries = features.map((feature) => this._entry(feature)).filter(Boolean);
    this._entries.forEach((e) => this._byId.set(String(e.id), e));
    this._total = features.length;
    this._index = dateIndex(this._entries);
    this._applyFilters();
    return this;
  },

  setFilters(filters) {
    this._filters = { ...filters };
    this._applyFilters();
    return this;
  },

  /** The feature with this id, if loaded. */
  getFeature(id) {
    return this._byId.get(String(id))?.feature ?? null;
  },

  /** The loaded features that pass the current filters, whatever the time. */
  matchingFeatures() {
    return this._entries.filter((e) => e.passes).map((e) => e.feature);
  },

  /** The features drawn now, latest first. */
  visibleFeatures() {
    return [...this._shown].sort((a, b) => b.start - a.start).map((e) => e.feature);
  },

  /** The earliest and latest start day among the incidents that pass the filters. */
  matchingRange() {
    const starts = this._entries.filter((e) => e.passes).map((e) => e.start);
    return starts.length ? { start: Math.min(...starts), end: Math.max(...starts) } : null;
  },

  /** Rings the selected incident; null clears. */
  highlight(id) {
    if (this._highlight) {
      this._highlight.remove();
      this._highlight = null;
    }
    const entry = id == null ? null : this._byId.get(String(id));
    if (entry && this._map) {
      this._highlight = L.circleMarker(entry.latlng, {
        renderer: this._renderer,
        radius: entry.radius + 4,
        color: '#000',
        weight: 3,
        fill: false,
        interactive: false,
      }).addTo(this._map);
    }
    return this;
  },

  _entry(feature) {
    const coordinates = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    const p = feature?.properties ?? {};
    const start = parseDay(p.date);
    if (!coordinates || !Number.isFinite(coordinates[0]) || !Number.isFinite(coordinates[1])
      || !Number.isFinite(start)) {
      return null;
    }
    const latlng = L.latLng(coordinates[1], coordinates[0]);
    const radius = radiusFor(casualtyTotal(p));
    const colour = colourFor(p.sub_event_type);
    const entry = {
      id: feature.id ?? p.id,
      feature,
      latlng,
      radius,
      start,
      end: incidentEnd(p.date, p.date_precision, p.date_end),
      placeKey: `${latlng.lat.toFixed(4)},${latlng.lng.toFixed(4)}`,
      passes: false,
      opacity: 0,
    };
    entry.marker = L.circleMarker(latlng, {
      renderer: this._renderer,
      radius,
      color: '#222',
      weight: 1,
      fillColor: colour,
      fillOpacity: this.options.fillOpacity,
    });
    entry.marker.on('click', (event) => this._select(entry, event.containerPoint));
    // A function, so the tooltip is a text node built on hover: a string would be parsed as HTML.
    entry.marker.bindTooltip(() => textNode(incidentListLabel(p)), { direction: 'top', offset: [0, -radius] });
    const ring = precisionRing(p.geo_precision, radius);
    if (ring) {
      entry.ring = L.circleMarker(latlng, {
        renderer: this._renderer,
        radius: ring.radius,
        dashArray: ring.dashArray,
        color: colour,
        weight: 1.5,
        fill: false,
        interactive: false,
      });
    }
    return entry;
  },

  _applyFilters() {
    this._matching = 0;
    for (const entry of this._entries) {
      entry.passes = matches(entry.feature.properties, this._filters);
      this._matching += entry.passes ? 1 : 0;
    }
    this._update();
  },

  _update() {
    const model = this._model;
    const started = this._index.startedBy(model.time);
    const next = new Set();
    for (let i = 0; i < started; i++) {
      const entry = this._index.items[i];
      if (!entry.passes) {
        continue;
      }
      const strength = visibility(entry.start, entry.end, model.time, model.mode, model.windowDays);
      if (strength > 0) {
        next.add(entry);
        this._show(entry, strength);
      }
    }
    for (const entry of this._shown) {
      if (!next.has(entry)) {
        this._group.removeLayer(entry.marker);
        if (entry.ring) {
          this._group.removeLayer(entry.ring);
        }
        entry.opacity = 0;
      }
    }
    this._shown = next;
    this.fire('drawn', {
      drawn: next.size,
      matching: this._matching ?? 0,
      total: this._total ?? 0,
    });
  },

  _show(entry, strength) {
    if (!this._shown.has(entry)) {
      this._group.addLayer(entry.marker);
      if (entry.ring) {
        this._group.addLayer(entry.ring);
      }
      // The canvas paints in insertion order; big circles go underneath so small ones stay clickable.
      if (entry.radius > this.options.backRadius) {
        entry.marker.bringToBack();
      }
    }
    else if (Math.abs(entry.opacity - strength) < this.options.opacityStep) {
      return;
    }
    entry.opacity = strength;
    entry.marker.setStyle({ opacity: strength, fillOpacity: this.options.fillOpacity * strength });
    if (entry.ring) {
      entry.ring.setStyle({ opacity: strength });
    }
  },

  /**
   * Every drawn incident at the clicked place or under the pointer: the canvas would only give the topmost,
   * and incidents at one gazetteer place are drawn exactly on top of each other.
   */
  _select(entry, point) {
    const here = [...this._shown].filter((e) => e.placeKey === entry.placeKey
      || (point && this._map.latLngToContainerPoint(e.latlng).distanceTo(point) <= e.radius + 1));
    if (here.length <= 1) {
      this.fire('select', { id: entry.id });
      return;
    }
    here.sort((a, b) => b.start - a.start);
    L.popup({ className: 'place-list-popup', maxHeight: 260 })
      .setLatLng(entry.latlng)
      .setContent(this._placeList(here))
      .openOn(this._map);
  },

  _placeList(entries) {
    const wrapper = document.createElement('div');
    const heading = document.createElement('p');
    heading.className = 'place-list-heading';
    const places = new Set(entries.map((e) => e.feature.properties.place).filter(Boolean));
    heading.textContent = places.size === 1 ? `${entries.length} incidents at ${[...places][0]}`
      : `${entries.length} incidents here`;
    const list = document.createElement('ul');
    list.className = 'place-list';
    list.dataset.testid = 'place-list';
    for (const entry of entries) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = places.size === 1 ? incidentListLabel(entry.feature.properties)
        : `${incidentListLabel(entry.feature.properties)} (${entry.feature.properties.place ?? 'unnamed place'})`;
      button.addEventListener('click', () => {
        this._map.closePopup();
        this.fire('select', { id: entry.id });
      });
      item.append(button);
      list.append(item);
    }
    wrapper.append(heading, list);
    return wrapper;
  },
});

function textNode(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

export function incidentLayer(model, options) {
  return new IncidentLayer(model, options);
}
