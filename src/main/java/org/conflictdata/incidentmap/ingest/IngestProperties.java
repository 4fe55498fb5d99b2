package org.conflictdata.incidentmap.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ingest settings. {@code seeds} is the folder whose articles are ingested at start-up
 * (empty to ingest none); {@code apiToken} is the bearer token that
 * {@code POST /api/articles} requires (empty: writes are off).
 *
 * @param seeds the seed folder, or null/empty for none
 * @param apiToken the write token, or null/empty when writes are off
 */
@ConfigurationProperties("incident-map")
public record IngestProperties(Path seeds, String apiToken) {

	public boolean writesEnabled() {
		return this.apiToken != null && !this.apiToken.isBlank();
	}

}
