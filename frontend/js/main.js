// Wires the map's modules together; the behaviour lives in them. Nothing here reads article text.
import { fetchAllIncidents, fetchIncident, fetchTimeline } from './api.js';
import { addBasemap } from './basemap.js';
import { chooseBin, countByBin, dateIndex, timeSpan } from './binning.js';
import { incidentEnd, parseDay } from './dates.js';
import { detailsPanel } from './details-panel.js';
import { updateDownloads } from './download.js';
import { filterForm } from './filters.js';
import { actorOptions, apiParams, matches, typeOptions } from './incident-filter.js';
import { incidentLayer } from './incident-layer.js';
import { incidentList } from './incident-list.js';
import { drawer, keepClearOfSheet } from './layout.js';
import { legend } from './legend.js';
import { permalink } from './permalink.js';
import { timeModel } from './time-model.js';
import { timeSlider } from './time-slider.js';

const DEFAULT_VIEW = { lat: 33.5, lon: 43.5, zoom: 6 };
const STEP_DAYS = { day: 1, week: 7, month: 30 };

const link = permalink(currentState);
const initial = link.read();

const mapElement = document.getElementById('map');
const statusElement = document.getElementById('incident-count');
const view = initial.view ?? DEFAULT_VIEW;
const map = L.map(mapElement, { zoomSnap: 1, minZoom: 3, maxZoom: 14 }).setView([view.lat, view.lon], view.zoom);
const basemap = addBasemap(map);
L.control.layers(basemap.baseLayers, basemap.overlays, { position: 'topright' }).addTo(map);
L.control.scale({ imperial: false }).addTo(map);

const model = timeModel({ mode: initial.mode, windowDays: initial.windowDays });
const layer = incidentLayer(model).addTo(map);
const slider = timeSlider(model).addTo(map);
const key = legend().addTo(map);
const filters = filterForm(document.getElementById('filters'));
filters.setValues(initial.filters);
const details = detailsPanel(document.getElementById('details'));
const list = incidentList(document.getElementById('incident-list'), document.getElementById('incident-list-note'));

let features = [];

layer.on('drawn', ({ drawn, total }) => {
  statusElement.textContent = `${drawn} of ${total} incidents`;
  mapElement.dataset.drawn = String(drawn);
  mapElement.dataset.total = String(total);
  list.schedule(() => layer.visibleFeatures());
});
list.addEventListener('select', ({ detail }) => openIncident(detail.id));
layer.on('select', ({ id }) => openIncident(id));
details.addEventListener('close', () => {
  layer.highlight(null);
  link.schedule();
});
filters.addEventListener('change', ({ detail }) => {
  layer.setFilters(detail.filters);
  updateRange();
  updateHistogram();
  afterChange();
});
for (const type of ['timechange', 'modechange']) {
  model.addEventListener(type, afterChange);
}
map.on('moveend', () => link.schedule());
// The details panel and the phone drawer change the map's size without a window resize.
new ResizeObserver(() => map.invalidateSize()).observe(mapElement);
drawer(document.getElementById('filters-toggle'));
// A hash typed or pasted into the address bar (replaceState never fires this) is a new view: load it.
window.addEventListener('hashchange', () => window.location.reload());

load();

async function load() {
  statusElement.textContent = 'Loading incidents…';
  mapElement.dataset.state = 'loading';
  try {
    // Historical incidents too: the filter form shows or hides them without asking the API again.
    ({ features } = await fetchAllIncidents(new URLSearchParams({ include_historical: 'true' })));
  }
  catch (error) {
    statusElement.textContent = `Could not load incidents (${error.message}).`;
    mapElement.dataset.drawn = '0';
    mapElement.dataset.state = 'error';
    return;
  }
  const properties = features.map((f) => f.properties ?? {});
  filters.setOptions(typeOptions(properties), actorOptions(properties));
  key.setTypes([...new Set(properties.map((p) => p.sub_event_type).filter(Boolean))].sort());
  layer.setData(features).setFilters(filters.values);
  updateRange();
  if (Number.isFinite(initial.time)) {
    model.setTime(initial.time);
  }
  updateHistogram();
  if (!initial.view) {
    fitToIncidents();
  }
  if (initial.incident) {
    // A link that names a time keeps it; one without a time moves to the incident.
    openIncident(initial.incident, !Number.isFinite(initial.time));
  }
  afterChange();
  // Tests and scripts wait for this before reading data-drawn.
  mapElement.dataset.state = 'ready';
}

/** The slider spans every incident the historical switch allows, so other filters do not move its ends. */
function updateRange() {
  const allowed = features.filter((f) => matches(f.properties, { historical: filters.values.historical }));
  const index = dateIndex(allowed.map((f) => ({ start: parseDay(f.properties?.date) })));
  if (Number.isFinite(index.first)) {
    const bin = chooseBin(index.first, index.last);
    model.setRange(index.first, index.last, STEP_DAYS[bin]);
  }
}

async function updateHistogram() {
  if (!Number.isFinite(model.start)) {
    return;
  }
  const bin = chooseBin(model.start, model.end);
  try {
    const timeline = await fetchTimeline(bin, apiParams(filters.values, null));
    slider.setHistogram(timeline.bins.map((b) => ({ start: parseDay(b.start), count: b.count }))
      .filter((b) => Number.isFinite(b.start)), timeline.bin ?? bin);
  }
  catch {
    // Without the timeline endpoint the same counts come from the loaded incidents.
    const days = layer.matchingFeatures().map((f) => parseDay(f.properties.date));
    slider.setHistogram(countByBin(days, model.start, model.end, bin), bin);
  }
}

async function openIncident(id, reveal = false) {
  let feature = layer.getFeature(id);
  if (!feature) {
    try {
      feature = await fetchIncident(id);
    }
    catch {
      statusElement.textContent = `Incident ${id} was not found.`;
      return;
    }
  }
  details.show(feature);
  layer.highlight(feature.id ?? feature.properties?.id);
  const [lon, lat] = feature.geometry?.coordinates ?? [];
  if (Number.isFinite(lat) && Number.isFinite(lon)) {
    keepClearOfSheet(map, document.getElementById('details'), L.latLng(lat, lon));
  }
  if (reveal) {
    revealInTime(feature);
  }
  link.schedule();
}

/** A linked incident outside the slider's current span would open with no marker; move time to it. */
function revealInTime(feature) {
  const p = feature.properties ?? {};
  const start = parseDay(p.date);
  const end = incidentEnd(p.date, p.date_precision, p.date_end);
  const span = timeSpan(model.time, model.mode, model.windowDays, model.start);
  if (Number.isFinite(start) && (start > span.end || end < span.start)) {
    model.setTime(Math.min(Math.max(start, model.start), model.end));
  }
}

function fitToIncidents() {
  const points = layer.matchingFeatures().map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
  if (points.length > 0) {
    map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 8, animate: false });
  }
}

function afterChange() {
  const span = timeSpan(model.time, model.mode, model.windowDays, model.start);
  updateDownloads(apiParams(filters.values, Number.isFinite(model.time) ? span : null));
  link.schedule();
}

function currentState() {
  const center = map.getCenter();
  return {
    view: { lat: center.lat, lon: center.lng, zoom: map.getZoom() },
    time: model.time,
    mode: model.mode,
    windowDays: model.windowDays,
    filters: filters.values,
    incident: details.incidentId == null ? null : String(details.incidentId),
  };
}
