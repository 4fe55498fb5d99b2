package org.conflictdata.incidentmap.geocoding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting one event phrase over the places it names, in phrasings other than the
 * articles'.
 */
class CoordinatedPlacesTests {

	private final Geocoder geocoder = new Geocoder(Gazetteer.load());

	@Test
	void shouldSplitTargetsDescribedByWhereTheyLieAndWhatStandsThere() {
		List<Location> each = CoordinatedPlaces.after(this.geocoder,
				"Rockets hit Camp Taji north of Baghdad and the military camp at Balad Air Base overnight",
				"Rockets hit");
		assertThat(each).extracting((l) -> l.place().id()).hasSize(2);
	}

	@Test
	void shouldKeepTheTwoEndsOfOneRoadAsOnePlace() {
		assertThat(CoordinatedPlaces.after(this.geocoder,
				"a drone hit a fuel truck on the highway connecting Mayadin and Albukamal late on Friday", "drone hit"))
			.isEmpty();
		assertThat(CoordinatedPlaces.after(this.geocoder,
				"gunmen ambushed a patrol on the road between Kirkuk and Tikrit on Sunday", "gunmen ambushed"))
			.isEmpty();
	}

}
