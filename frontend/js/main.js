// Wires the map's modules together; the behaviour lives in them. Nothing here reads article text.
import { fetchGrid, fetchIncident, fetchIncidents, fetchPoints, fetchTimeline, POINTS_LIMIT } from './api.js';
import { addBasemap } from './basemap.js';
import { chooseBin, countByBin, timeSpan } from './binning.js';
import { DAY_MS, incidentEnd, parseDay } from './dates.js';
import { detailsPanel } from './details-panel.js';
import { updateDownloads } from './download.js';
import { filterForm } from './filters.js';
import { gridCells } from './grid-cells.js';
import { gridLayer } from './grid-layer.js';
import { actorOptions, apiParams, eventTypeOf, typeOptions } from './incident-filter.js';
import { incidentList } from './incident-list.js';
import { incidentPoints, presentTypes } from './incident-points.js';
import { drawer, keepClearOfSheet } from './layout.js';
import { legend } from './legend.js';
import { permalink } from './permalink.js';
import { pointsLayer } from './points-layer.js';
import { timeModel } from './time-model.js';
import { timeSlider } from './time-slider.js';
import { bboxParam, cellForZoom, clipToWorld, needsRefetch, padBox } from './view-loading.js';

const DEFAULT_VIEW = { lat: 33.5, lon: 43.5, zoom: 6 };
const STEP_DAYS = { day: 1, week: 7, month: 30 };
// Changes closer together than this (a pan and a zoom, two filter choices) make one request.
const REFETCH_DELAY_MS = 150;
// How many incidents' full records the actor suggestions are read from.
const ACTOR_SAMPLE = 500;

const link = permalink(currentState);
const initial = link.read();
// `?points_limit=N` in the page's address lowers the one-by-one limit (tests and slow devices).
const pointsLimit = limitFromAddress(window.location.search) ?? POINTS_LIMIT;

const mapElement = document.getElementById('map');
const statusElement = document.getElementById('incident-count');
const view = initial.view ?? DEFAULT_VIEW;
const map = L.map(mapElement, { zoomSnap: 1, minZoom: 3, maxZoom: 14 }).setView([view.lat, view.lon], view.zoom);
const basemap = addBasemap(map);
L.control.layers(basemap.baseLayers, basemap.overlays, { position: 'topright' }).addTo(map);
L.control.scale({ imperial: false }).addTo(map);

const model = timeModel({ mode: initial.mode, windowDays: initial.windowDays });
const points = pointsLayer(model).addTo(map);
const grid = gridLayer(model);
const slider = timeSlider(model).addTo(map);
const key = legend().addTo(map);
const filters = filterForm(document.getElementById('filters'));
filters.setValues(initial.filters);
points.setHistorical(filters.values.historical);
const details = detailsPanel(document.getElementById('details'));
const list = incidentList(document.getElementById('incident-list'), document.getElementById('incident-list-note'));

// What the layers hold: { box (null = everything), zoom, truncated, filters (the request's key) }.
let loaded = null;
// Each request gets the next number; an answer that is no longer the latest is dropped.
let generation = 0;
let refetchTimer = null;
// Settles when the slider has its range; the first incidents wait for it.
let rangeLoaded = Promise.resolve();
// How many incidents the slider's range holds (the historical switch applied, no other filter).
let rangeCount = 0;
const typesSeen = new Set();
let actorNames = [];
let actorsFor = null;

for (const layer of [points, grid]) {
  layer.on('drawn', showDrawn);
}
points.on('select', ({ id }) => openIncident(id));
list.addEventListener('select', ({ detail }) => openIncident(detail.id));
details.addEventListener('close', () => {
  points.highlight(null);
  link.schedule();
});
filters.addEventListener('change', ({ detail }) => {
  points.setHistorical(detail.filters.historical);
  if (loaded && (loaded.filters !== requestKey() || loaded.truncated)) {
    scheduleReload();
  }
  // A failed range keeps the slider's last one; the histogram falls back on its own.
  updateRange().catch(() => {});
  updateHistogram();
  afterChange();
});
document.getElementById('filter-actor').addEventListener('focus', suggestActors);
for (const type of ['timechange', 'modechange']) {
  model.addEventListener(type, afterChange);
}
map.on('moveend', () => {
  link.schedule();
  if (loaded && needsRefetch(loaded, currentView())) {
    scheduleReload();
  }
});
// The details panel and the phone drawer change the map's size without a window resize.
new ResizeObserver(() => map.invalidateSize()).observe(mapElement);
drawer(document.getElementById('filters-toggle'));
// A hash typed or pasted into the address bar (replaceState never fires this) is a new view: load it.
window.addEventListener('hashchange', () => window.location.reload());

start();

async function start() {
  statusElement.textContent = 'Loading incidents…';
  mapElement.dataset.state = 'loading';
  // The slider's range and the incidents are asked for together; the incidents are drawn once both came.
  rangeLoaded = updateRange().then(() => {
    if (Number.isFinite(initial.time)) {
      model.setTime(initial.time);
    }
  });
  // Without a view in the link, everything is asked for and the map fits it.
  if (!(await reload(!initial.view, false))) {
    return;
  }
  updateHistogram();
  if (initial.incident) {
    // A link that names a time keeps it; one without a time moves to the incident.
    await openIncident(initial.incident, !Number.isFinite(initial.time));
  }
  afterChange();
  if (mapElement.dataset.state === 'loading' && !refetchTimer) {
    mapElement.dataset.state = 'ready';
  }
}

function scheduleReload() {
  mapElement.dataset.state = 'loading';
  clearTimeout(refetchTimer);
  refetchTimer = setTimeout(() => reload(false), REFETCH_DELAY_MS);
}

/**
 * Asks for the incidents in the padded view (everything when `everything`), one by one; when more match
 * than the limit, for the grid instead. Resolves to whether the answer was shown; marks the map ready
 * unless told not to (the first load has the linked incident still to open).
 */
async function reload(everything, ready = true) {
  clearTimeout(refetchTimer);
  refetchTimer = null;
  const number = ++generation;
  mapElement.dataset.state = 'loading';
  const zoom = map.getZoom();
  const box = everything ? null : padBox(currentView().box);
  const filterKey = requestKey();
  try {
    // Historical incidents too: the filter form shows or hides them without asking again.
    const params = apiParams({ ...filters.values, historical: true }, null);
    if (box) {
      params.set('bbox', bboxParam(box));
    }
    // Asked for while the slider's range may still be on its way, except for everything unfiltered: the
    // range's counts may tell that it is too many, and then the grid is asked for at once.
    const unfiltered = everything && requestKey() === '';
    const answer = unfiltered ? null : fetchPoints(params, pointsLimit);
    answer?.catch(() => {});
    await rangeLoaded;
    const tooMany = unfiltered && rangeCount > pointsLimit;
    const data = tooMany ? { truncated: true } : incidentPoints(await (answer ?? fetchPoints(params, pointsLimit)));
    if (number !== generation) {
      return false;
    }
    if (data.truncated) {
      const gridParams = apiParams(filters.values, null);
      if (box) {
        gridParams.set('bbox', bboxParam(box));
      }
      const cells = gridCells(await fetchGrid(gridParams, cellForZoom(zoom), gridBin()));
      if (number !== generation) {
        return false;
      }
      points.setData(null);
      grid.setData(cells);
      if (!map.hasLayer(grid)) {
        grid.addTo(map);
      }
    }
    else {
      grid.remove();
      points.setData(data);
      showTypes(data);
    }
    loaded = { box, zoom, truncated: data.truncated, filters: filterKey };
  }
  catch (error) {
    if (number === generation) {
      failed(error);
    }
    return false;
  }
  if (everything) {
    fitToLoaded();
  }
  // Tests and scripts wait for this before reading data-drawn.
  if (ready && !refetchTimer) {
    mapElement.dataset.state = 'ready';
  }
  return true;
}

function failed(error) {
  statusElement.textContent = `Could not load incidents (${error.message}).`;
  mapElement.dataset.drawn = '0';
  mapElement.dataset.state = 'error';
}

function showDrawn({ drawn, total, ms }) {
  const aggregated = map.hasLayer(grid);
  // How long the layer took to draw, for bench/ (one attribute write per drawn frame).
  mapElement.dataset.drawMs = ms.toFixed(2);
  statusElement.textContent = aggregated ? `${drawn} incidents — zoom in to see each` : `${drawn} of ${total} incidents`;
  mapElement.dataset.drawn = String(drawn);
  mapElement.dataset.total = String(total);
  mapElement.dataset.view = aggregated ? 'grid' : 'points';
  list.schedule(listEntries, model.playing);
}

function listEntries() {
  if (map.hasLayer(grid)) {
    return { items: [], count: Number(mapElement.dataset.drawn) };
  }
  const { rows, count } = points.visibleRows(list.limit);
  return { items: rows.map((row) => ({ id: points.idOf(row), text: points.label(row) })), count };
}

/** Type choices and legend from the types loaded; choices only grow, so a type filter never hides the others. */
function showTypes(data) {
  const names = presentTypes(data);
  key.setTypes([...names].sort());
  const before = typesSeen.size;
  names.forEach((name) => typesSeen.add(name));
  if (typesSeen.size !== before) {
    showOptions();
  }
}

function showOptions() {
  const properties = [...typesSeen].map((sub) => ({ event_type: eventTypeOf(sub) || 'Other', sub_event_type: sub }));
  filters.setOptions(typeOptions(properties), actorNames);
}

/** Actor suggestions from the first incidents matching the other filters in view, read when the box is used. */
async function suggestActors() {
  const params = apiParams({ ...filters.values, actor: '' }, null);
  if (loaded?.box) {
    params.set('bbox', bboxParam(loaded.box));
  }
  if (actorsFor === params.toString()) {
    return;
  }
  actorsFor = params.toString();
  try {
    const { features } = await fetchIncidents(params, ACTOR_SAMPLE);
    actorNames = actorOptions(features.map((f) => f.properties ?? {}));
    showOptions();
  }
  catch {
    actorsFor = null;
  }
}

/** The slider spans every incident the historical switch allows, so other filters do not move its ends. */
async function updateRange() {
  const params = apiParams({ historical: filters.values.historical }, null);
  // Day bins give the exact first and last day; past a century the API asks for wider bins.
  const timeline = await fetchTimeline('day', params).catch(() => fetchTimeline('month', params));
  const days = timeline.bins.map((b) => parseDay(b.start)).filter(Number.isFinite);
  rangeCount = timeline.bins.reduce((sum, b) => sum + (Number(b.count) || 0), 0);
  if (days.length > 0) {
    const first = days[0];
    const last = days[days.length - 1];
    model.setRange(first, last, STEP_DAYS[chooseBin(first, last)]);
  }
}

/** The grid's time bin: the histogram's, so the squares change as often as the slider's bars. */
function gridBin() {
  return Number.isFinite(model.start) ? chooseBin(model.start, model.end) : 'month';
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
    // Without the timeline the same counts come from the incidents loaded.
    slider.setHistogram(countByBin(points.days().map((day) => day * DAY_MS), model.start, model.end, bin), bin);
  }
}

async function openIncident(id, reveal = false) {
  let feature;
  try {
    feature = await fetchIncident(id);
  }
  catch {
    statusElement.textContent = `Incident ${id} was not found.`;
    return;
  }
  details.show(feature);
  points.highlight(feature.id ?? feature.properties?.id);
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

function fitToLoaded() {
  const bounds = map.hasLayer(grid) ? grid.dataBounds() : points.dataBounds();
  if (bounds) {
    map.fitBounds(bounds.pad(0.2), { maxZoom: 8, animate: false });
  }
}

function currentView() {
  const b = map.getBounds();
  return {
    box: clipToWorld({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() }),
    zoom: map.getZoom(),
  };
}

/** The filters the server applies, as text: a change means a new request. */
function requestKey() {
  return apiParams({ ...filters.values, historical: false }, null).toString();
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

function limitFromAddress(search) {
  const limit = Number(new URLSearchParams(search).get('points_limit'));
  return Number.isInteger(limit) && limit > 0 ? limit : null;
}
