package org.conflictdata.incidentmap.ingest;

import org.conflictdata.incidentmap.extraction.IncidentExtractor;
import org.conflictdata.incidentmap.geocoding.Gazetteer;
import org.conflictdata.incidentmap.geocoding.Geocoder;
import org.conflictdata.incidentmap.incident.IncidentClusterer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the plain-Java pipeline stages (extraction, geocoding, clustering) available to
 * the service. The gazetteer is loaded once, at start-up.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

	@Bean
	Gazetteer gazetteer() {
		return Gazetteer.load();
	}

	@Bean
	ArticlePipeline articlePipeline(Gazetteer gazetteer) {
		return new ArticlePipeline(new IncidentExtractor(), new Geocoder(gazetteer),
				new IncidentClusterer(gazetteer::byId));
	}

}
