/**
 * Keeps the "Download GeoJSON" and "Download CSV" links pointing at exactly what the map shows:
 * the current filters and the slider's time span, as API parameters. Links that are absent are skipped.
 */
import { downloadUrl } from './api.js';

export function updateDownloads(params, document_ = document) {
  for (const format of ['geojson', 'csv']) {
    const link = document_.getElementById(`download-${format}`);
    if (link) {
      link.href = downloadUrl(format, params);
    }
  }
}
