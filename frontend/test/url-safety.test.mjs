import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeHttpUrl } from '../js/url-safety.js';

test('lets absolute http and https URLs through', () => {
  assert.equal(safeHttpUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeHttpUrl('  http://example.org  '), 'http://example.org/');
});

test('refuses script, data and other schemes', () => {
  assert.equal(safeHttpUrl('javascript:alert(1)'), null);
  assert.equal(safeHttpUrl('JavaScript:alert(1)'), null);
  assert.equal(safeHttpUrl('data:text/html,<script>alert(1)</script>'), null);
  assert.equal(safeHttpUrl('ftp://example.org/file'), null);
  assert.equal(safeHttpUrl('file:///etc/passwd'), null);
});

test('refuses schemes hidden by control characters', () => {
  assert.equal(safeHttpUrl('java\tscript:alert(1)'), null);
  assert.equal(safeHttpUrl('https://exa\u0000mple.org'), null);
});

test('refuses relative, empty and non-string input', () => {
  assert.equal(safeHttpUrl('/api/incidents'), null);
  assert.equal(safeHttpUrl('example.org'), null);
  assert.equal(safeHttpUrl(''), null);
  assert.equal(safeHttpUrl(null), null);
  assert.equal(safeHttpUrl({ href: 'https://example.org' }), null);
});
