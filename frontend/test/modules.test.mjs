import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const JS = join(dirname(fileURLToPath(import.meta.url)), '..', 'js');
const modules = readdirSync(JS).filter((name) => name.endsWith('.js'));

// The browser modules that need Leaflet or the DOM cannot run here, but every one must at least parse:
// a syntax error in one of them leaves the whole page blank.
test('every browser module parses as an ES module', () => {
  const dir = mkdtempSync(join(tmpdir(), 'map-modules-'));
  try {
    for (const name of modules) {
      const copy = join(dir, name.replace(/\.js$/, '.mjs'));
      copyFileSync(join(JS, name), copy);
      const result = spawnSync(process.execPath, ['--check', copy], { encoding: 'utf8' });
      assert.equal(result.status, 0, `${name}: ${result.stderr}`);
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every relative import names a module that exists', () => {
  for (const name of modules) {
    const source = readFileSync(join(JS, name), 'utf8');
    for (const [, target] of source.matchAll(/from '\.\/([^']+)'/g)) {
      assert.ok(modules.includes(target), `${name} imports missing ./${target}`);
    }
  }
});

test('no module builds markup from strings', () => {
  for (const name of modules) {
    const source = readFileSync(join(JS, name), 'utf8');
    assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/, name);
    assert.doesNotMatch(source, /setAttribute\(\s*'style'/, name);
  }
});

test('the page preloads exactly the modules main.js reaches, so they load in parallel', () => {
  const page = readFileSync(join(JS, '..', 'index.html'), 'utf8');
  const preloaded = [...page.matchAll(/<link rel="modulepreload" href="js\/([^"]+)">/g)].map((m) => m[1]).sort();
  const reached = new Set();
  const visit = (name) => {
    for (const [, target] of readFileSync(join(JS, name), 'utf8').matchAll(/from '\.\/([^']+)'/g)) {
      if (!reached.has(target)) {
        reached.add(target);
        visit(target);
      }
    }
  };
  visit('main.js');
  assert.deepEqual(preloaded, [...reached].sort());
});
