/**
 * The offline basemap: country outlines, Iraq and Syria provinces, rivers, lakes and city labels drawn from
 * the GeoJSON files under /basemap/, plus an optional OpenStreetMap tile layer (off by default, since it
 * needs the network). A missing file only leaves its layer empty; the map still works.
 */

const FILES = ['countries', 'provinces', 'rivers', 'lakes', 'cities'];

const STYLES = {
  countries: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
  provinces: { color: '#a8a39a', weight: 0.7, dashArray: '3 3', fill: false },
  rivers: { color: '#7fb2d9', weight: 1.4 },
  lakes: { color: '#7fb2d9', weight: 0.5, fillColor: '#cfe3f2', fillOpacity: 1 },
};

/** Adds the basemap to the map and returns { baseLayers, overlays } for a layer control. */
export function addBasemap(map, options = {}) {
  const base = options.baseUrl ?? 'basemap/';
  // Its own pane below the overlay pane, so the basemap's SVG never covers the incidents' canvas,
  // whichever of the two is created first.
  const pane = map.createPane('basemap');
  pane.classList.add('basemap-pane');
  const renderer = L.svg({ padding: 0.5, pane: 'basemap' });
  const layers = {
    countries: L.geoJSON(null, { style: STYLES.countries, interactive: false, renderer }),
    provinces: L.geoJSON(null, { style: STYLES.provinces, interactive: false, renderer }),
    rivers: L.geoJSON(null, { style: STYLES.rivers, interactive: false, renderer }),
    lakes: L.geoJSON(null, { style: STYLES.lakes, interactive: false, renderer }),
    cities: cityLayer(renderer),
  };
  const offline = L.layerGroup([layers.countries, layers.lakes, layers.rivers, layers.provinces]).addTo(map);
  layers.cities.addTo(map);
  map.attributionControl.addAttribution('Basemap: Natural Earth; cities: GeoNames (CC BY 4.0)');
  // Fetched together but added in FILES order: the layers share one SVG, where later paths paint over
  // earlier ones, so the opaque countries must go in first whichever file arrives first.
  Promise.allSettled(FILES.map((name) => fetch(`${base}${name}.geojson`)
    .then((response) => (response.ok ? response.json() : null))))
    .then((results) => results.forEach((result, i) => {
      // An absent layer is not worth an error: the incidents matter, the backdrop does not.
      if (result.status === 'fulfilled' && result.value) {
        layers[FILES[i]].addData(result.value);
      }
    }));
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; OpenStreetMap contributors',
  });
  return {
    baseLayers: { 'Offline basemap': offline, 'OpenStreetMap (online)': osm },
    overlays: { 'Provinces (Iraq, Syria)': layers.provinces, Rivers: layers.rivers, Cities: layers.cities },
  };
}

/**
 * City names as permanent tooltips (text, never HTML). A city's rank decides from which zoom it is
 * labelled: the layer sets classes on the map container that the CSS reads.
 */
const CityLabels = L.GeoJSON.extend({
  options: {
    // Zoom from which rank 2 and rank 3 cities show.
    rankZooms: { 2: 6, 3: 7 },
  },

  onAdd(map) {
    L.GeoJSON.prototype.onAdd.call(this, map);
    map.on('zoomend', this._showRanks, this);
    this._showRanks();
  },

  onRemove(map) {
    map.off('zoomend', this._showRanks, this);
    for (const rank of Object.keys(this.options.rankZooms)) {
      map.getContainer().classList.remove(`show-city-rank-${rank}`);
    }
    L.GeoJSON.prototype.onRemove.call(this, map);
  },

  _showRanks() {
    const zoom = this._map.getZoom();
    for (const [rank, minZoom] of Object.entries(this.options.rankZooms)) {
      this._map.getContainer().classList.toggle(`show-city-rank-${rank}`, zoom >= minZoom);
    }
  },
});

function cityLayer(renderer) {
  return new CityLabels(null, {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
      radius: feature.properties.capital ? 3.5 : 2.5,
      color: '#555',
      weight: 1,
      fillColor: '#fff',
      fillOpacity: 1,
      interactive: false,
      renderer,
      className: `city-dot city-rank-${feature.properties.rank}`,
    }).bindTooltip(textLabel(feature.properties.name), {
      permanent: true,
      direction: 'right',
      offset: [4, 0],
      className: `city-label city-rank-${feature.properties.rank}`,
    }),
  });
}

function textLabel(text) {
  const span = document.createElement('span');
  span.textContent = String(text ?? '');
  return span;
}
