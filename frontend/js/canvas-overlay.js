/**
 * A canvas the size of the map view, in the overlay pane, for layers that draw many things themselves.
 * It is placed and sized after every move, zoom and resize (then `_reset()` of the subclass projects and
 * draws), and scaled with CSS during a zoom animation as Leaflet's own image overlays are, so nothing is
 * recomputed until the zoom ends. The canvas takes no pointer events: a subclass with an `_onClick` gets the
 * map's clicks. A subclass with a time model (`_model`) redraws through `_onModelChange` whenever the model's
 * time or mode changes, while the layer is on the map.
 */
const MODEL_EVENTS = ['timechange', 'modechange'];

export const CanvasOverlay = L.Layer.extend({
  options: {
    pane: 'overlayPane',
    // Device pixels per CSS pixel at most: 3× phones would cost 9× the pixels of a 1× screen.
    maxPixelRatio: 2,
  },

  onAdd(map) {
    if (!this._canvas) {
      this._canvas = L.DomUtil.create('canvas', 'incident-canvas');
      this._canvas.setAttribute('aria-hidden', 'true');
      L.DomUtil.addClass(this._canvas, map.options.zoomAnimation && L.Browser.any3d
        ? 'leaflet-zoom-animated' : 'leaflet-zoom-hide');
    }
    this.getPane().appendChild(this._canvas);
    this._place();
    for (const type of MODEL_EVENTS) {
      this._model?.addEventListener(type, this._onModelChange);
    }
  },

  onRemove() {
    for (const type of MODEL_EVENTS) {
      this._model?.removeEventListener(type, this._onModelChange);
    }
    L.DomUtil.remove(this._canvas);
  },

  getEvents() {
    const events = { viewreset: this._place, moveend: this._place, resize: this._place };
    if (this._onClick) {
      events.click = this._onClick;
    }
    if (this._map.options.zoomAnimation && L.Browser.any3d) {
      events.zoomanim = this._animateZoom;
    }
    return events;
  },

  /** The canvas's 2D context (its size is the view's in device pixels: `_size` × `_ratio`). */
  _context() {
    return this._canvas.getContext('2d');
  },

  _place() {
    const map = this._map;
    const size = map.getSize();
    const ratio = Math.min(this.options.maxPixelRatio, window.devicePixelRatio || 1);
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(this._canvas, topLeft);
    this._bounds = L.latLngBounds(map.containerPointToLatLng([0, 0]), map.containerPointToLatLng(size));
    const width = Math.max(1, Math.round(size.x * ratio));
    const height = Math.max(1, Math.round(size.y * ratio));
    if (this._canvas.width !== width || this._canvas.height !== height) {
      this._canvas.width = width;
      this._canvas.height = height;
      this._canvas.style.width = `${size.x}px`;
      this._canvas.style.height = `${size.y}px`;
    }
    this._ratio = ratio;
    this._size = size;
    // Where the view's top-left corner is in world pixels at this zoom: screen = world × scale − origin.
    this._origin = map.getPixelBounds().min;
    this._worldSize = 256 * 2 ** map.getZoom();
    this._reset();
  },

  _animateZoom(event) {
    const map = this._map;
    const scale = map.getZoomScale(event.zoom);
    const offset = map._latLngBoundsToNewLayerBounds(this._bounds, event.zoom, event.center).min;
    L.DomUtil.setTransform(this._canvas, offset, scale);
  },

  _reset() {},
});
