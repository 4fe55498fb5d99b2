package org.conflictdata.incidentmap.ogc;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.incident.filter.Queryable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final JsonNode api = this.mapper
		.readTree(new OpenApiDocument(this.mapper).forServer("http://example.org/ogc"));

	@Test
	void shouldListExactlyTheQueryParametersTheItemsOperationAccepts() {
		Set<String> documented = new HashSet<>();
		for (JsonNode parameter : this.api.at("/paths/~1collections~1{collectionId}~1items/get/parameters")) {
			JsonNode resolved = this.api.at(parameter.get("$ref").asString().substring(1));
			if (resolved.get("in").asString().equals("query")) {
				documented.add(resolved.get("name").asString());
			}
		}
		Set<String> accepted = new HashSet<>(FeaturesRequest.PARAMETERS);
		Stream.of(Queryable.values())
			.filter((queryable) -> FeaturesRequest.propertyParameter(queryable.property()).isPresent())
			.forEach((queryable) -> accepted.add(queryable.property()));

		assertThat(documented).isEqualTo(accepted);
	}

	@Test
	void shouldNameTheServerItIsServedFromAndDocumentTheLimitsItEnforces() {
		assertThat(this.api.at("/servers/0/url").asString()).isEqualTo("http://example.org/ogc");
		assertThat(this.api.at("/components/parameters/limit/schema/maximum").asInt())
			.isEqualTo(FeaturesRequest.MAX_LIMIT);
		assertThat(this.api.at("/components/parameters/limit/schema/default").asInt())
			.isEqualTo(FeaturesRequest.DEFAULT_LIMIT);
	}

}
