// Validates GeoJSON files with @placemarkio/check-geojson, the checker GIS tools' users
// reach for: prints each issue with its position and exits 1 when any file has one, 2 on
// wrong usage or an unreadable file. Used by the Java API tests on every document the
// service emits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getIssues } = require('@placemarkio/check-geojson');

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check-geojson.mjs FILE...');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${file}: cannot read: ${err.message}`);
    process.exit(2);
  }
  for (const issue of getIssues(text)) {
    failed = true;
    console.error(`${file}:${issue.from}-${issue.to}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
