/**
 * What the map asks the server for, and when it must ask again: the view's box padded on every side (so a
 * small pan needs no request), the decision to refetch after a pan or zoom, and the grid cell that draws
 * as a few pixels at a zoom. DOM-free. Boxes are { west, south, east, north } in degrees; `null` stands
 * for "everything" (a load without a box covers every later view). Views across the antimeridian are cut
 * at ±180°, as the API takes no such boxes.
 */

/** Padding on each side, as a fraction of the view's width and height. */
export const PAD = 0.5;

const CELLS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];

/** The box grown by `pad` of its size on each side, clamped to the world. */
export function padBox(box, pad = PAD) {
  const width = box.east - box.west;
  const height = box.north - box.south;
  return {
    west: clamp(box.west - width * pad, -180, 180),
    south: clamp(box.south - height * pad, -90, 90),
    east: clamp(box.east + width * pad, -180, 180),
    north: clamp(box.north + height * pad, -90, 90),
  };
}

/** Whether `inner` lies inside `outer` (null outer: everything). */
export function contains(outer, inner) {
  if (outer === null) {
    return true;
  }
  return inner.west >= outer.west && inner.east <= outer.east && inner.south >= outer.south
    && inner.north <= outer.north;
}

/**
 * Whether the view {box, zoom} needs a new request, given what was loaded {box, zoom, truncated}:
 * when the view leaves the loaded box; when the load was truncated (drawn as a grid) and the zoom changed
 * (a grid's cells are sized for one zoom, and a closer view may fit in full). A complete load serves
 * every zoom inside its box.
 */
export function needsRefetch(loaded, view) {
  if (!loaded) {
    return true;
  }
  const clipped = clipToWorld(view.box);
  if (!contains(loaded.box, clipped)) {
    return true;
  }
  return loaded.truncated && view.zoom !== loaded.zoom;
}

/** `minLon,minLat,maxLon,maxLat` for the API, rounded outward to 4 decimals. */
export function bboxParam(box) {
  const down = (v) => Math.floor(v * 1e4) / 1e4;
  const up = (v) => Math.ceil(v * 1e4) / 1e4;
  return [down(box.west), down(box.south), up(box.east), up(box.north)].join(',');
}

/**
 * A grid cell (degrees, one of the API's steps 0.01..10) about `pixels` wide at a zoom level, so a zoomed-out
 * view gets a coarse grid and a close one a fine grid.
 */
export function cellForZoom(zoom, pixels = 24) {
  const degrees = (pixels * 360) / (256 * 2 ** zoom);
  return CELLS.find((cell) => cell >= degrees) ?? CELLS[CELLS.length - 1];
}

/** The view's box cut to the world (Leaflet gives longitudes past ±180° when the world repeats). */
export function clipToWorld(box) {
  return {
    west: clamp(box.west, -180, 180),
    south: clamp(box.south, -90, 90),
    east: clamp(box.east, -180, 180),
    north: clamp(box.north, -90, 90),
  };
}

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}
