package org.conflictdata.incidentmap.incident;

import java.util.List;

import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPlacesTests {

	@Test
	void shouldKeepEveryBuiltInPlaceInsideTheRegionWithUniqueIds() {
		List<Place> places = SyntheticPlaces.builtIn();

		assertThat(places).hasSizeGreaterThanOrEqualTo(60)
			.allSatisfy((p) -> assertThat(SyntheticPlaces.REGION.contains(p.longitude(), p.latitude())).isTrue());
		assertThat(places.stream().map(Place::id).distinct().count()).isEqualTo(places.size());
		assertThat(places).anySatisfy((p) -> assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE));
	}

	@Test
	void shouldReadGazetteerPlacesAndSkipThoseOutsideTheRegionOrMalformed() {
		String gazetteer = """
				{"places": [
				  {"id": "iq-k1", "name": "K-1 Air Base", "kind": "AIR_BASE", "country": "Iraq", "admin1": "Kirkuk",
				   "longitude": 44.2806, "latitude": 35.5186, "source": "test"},
				  {"id": "far", "name": "Far away", "kind": "CITY", "country": "Elsewhere", "longitude": 2.35, "latitude": 48.85},
				  {"id": "odd", "name": "Odd kind", "kind": "SPACESHIP", "country": "Iraq", "longitude": 44, "latitude": 33},
				  {"id": "nocoord", "name": "No coordinates", "kind": "TOWN", "country": "Iraq"}
				]}
				""";

		List<Place> places = SyntheticPlaces.fromGazetteer(JsonMapper.builder().build().readTree(gazetteer));

		assertThat(places).singleElement().satisfies((p) -> {
			assertThat(p.id()).isEqualTo("iq-k1");
			assertThat(p.kind()).isEqualTo(PlaceKind.AIR_BASE);
			assertThat(p.admin1()).isEqualTo("Kirkuk");
			assertThat(p.longitude()).isEqualTo(44.2806);
		});
	}

	@Test
	void shouldAlwaysLoadAtLeastTenPlaces() {
		assertThat(SyntheticPlaces.load()).hasSizeGreaterThanOrEqualTo(10)
			.anySatisfy((p) -> assertThat(p.kind().isArea()).isFalse());
	}

}
