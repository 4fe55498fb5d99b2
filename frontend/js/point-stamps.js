/**
 * The pixels of one marker, computed once per size and kind and then copied into an RGBA buffer per point:
 * a filled disc with a dark rim for an exact place, the same with a dashed ring for "near the place", and a
 * hollow ring for "somewhere in the region". Colours are packed as the little-endian Uint32 words of
 * ImageData (0xAABBGGRR), at a few opacity levels for the trailing window's fading. DOM-free.
 * A radius below 1 is drawn as 1; an unparsable colour as grey.
 */

/** Which colour a stamp pixel takes. */
export const FILL = 0;
export const RIM = 1;
export const RING = 2;

/** Opacity levels of the trailing window: level L-1 is full strength. */
export const LEVELS = 4;

/** Fill opacity at full strength: the basemap shows through a little, as it did under circle markers. */
const FILL_ALPHA = 0.8;
const RIM_RGB = [0x22, 0x22, 0x22];

/**
 * The pixels of a marker of `radius` device pixels and geo precision 1, 2 or 3, for a buffer `width`
 * pixels wide: { dx, dy, offset (dy × width + dx), kind, reach (largest |dx| or |dy|) }, sorted by kind,
 * with `ends`: the pixels of kind k are [ends[k - 1] ?? 0, ends[k]), so each kind is one tight loop.
 */
export function stamp(radius, precision, width) {
  const r = Math.max(1, radius);
  const dx = [];
  const dy = [];
  const kind = [];
  const ringInner = r + 2.5;
  const ringOuter = r + 4;
  const reach = Math.ceil(precision === 2 ? ringOuter : r);
  for (let y = -reach; y <= reach; y++) {
    for (let x = -reach; x <= reach; x++) {
      const d = Math.hypot(x, y);
      let k = -1;
      if (precision === 3) {
        // Hollow: a two-pixel ring in the type's colour and nothing inside.
        k = d <= r + 0.5 && d > r - 1.5 ? RING : -1;
      }
      else if (d <= r + 0.5) {
        k = d > r - 0.5 ? RIM : FILL;
      }
      else if (precision === 2 && d > ringInner && d <= ringOuter
        && Math.floor(((Math.atan2(y, x) + Math.PI) / (2 * Math.PI)) * 16) % 2 === 0) {
        // Dashed: 8 dashes around.
        k = RING;
      }
      if (k >= 0) {
        dx.push(x);
        dy.push(y);
        kind.push(k);
      }
    }
  }
  const order = [...kind.keys()].sort((a, b) => kind[a] - kind[b] || a - b);
  const offset = Int32Array.from(order, (i) => dy[i] * width + dx[i]);
  const ends = Int32Array.from([FILL, RIM, RING], (k) => kind.filter((x) => x <= k).length);
  return {
    dx: Int16Array.from(order, (i) => dx[i]),
    dy: Int16Array.from(order, (i) => dy[i]),
    offset,
    kind: Uint8Array.from(order, (i) => kind[i]),
    ends,
    reach,
  };
}

/**
 * Packed colours for `colours` (CSS hex '#rrggbb'), LEVELS each: { fill, ring, rim }, where fill and ring
 * are indexed [colour × LEVELS + level] and rim [level].
 */
export function palette(colours) {
  const fill = new Uint32Array(colours.length * LEVELS);
  const ring = new Uint32Array(colours.length * LEVELS);
  const rim = new Uint32Array(LEVELS);
  colours.forEach((colour, c) => {
    const rgb = parseHex(colour);
    for (let level = 0; level < LEVELS; level++) {
      const strength = (level + 1) / LEVELS;
      fill[c * LEVELS + level] = pack(rgb, FILL_ALPHA * strength);
      ring[c * LEVELS + level] = pack(rgb, strength);
    }
  });
  for (let level = 0; level < LEVELS; level++) {
    rim[level] = pack(RIM_RGB, (level + 1) / LEVELS);
  }
  return { fill, ring, rim };
}

/** The level for a strength in (0, 1]. */
export function levelFor(strength) {
  return Math.max(0, Math.min(LEVELS - 1, Math.ceil(strength * LEVELS) - 1));
}

/** 0xAABBGGRR, the Uint32 view of an RGBA pixel on little-endian machines (every browser's). */
export function pack([red, green, blue], alpha) {
  return ((Math.round(alpha * 255) << 24) | (blue << 16) | (green << 8) | red) >>> 0;
}

function parseHex(colour) {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  return match ? [1, 2, 3].map((i) => parseInt(match[i], 16)) : [0x9e, 0x9e, 0x9e];
}
