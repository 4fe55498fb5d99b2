package org.conflictdata.incidentmap.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.EventDate;
import org.conflictdata.incidentmap.extraction.DatePrecision;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.at;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.mention;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.place;

/**
 * A report placed only at a region or province joins the one precise incident of its day
 * and kind inside that area, and stays apart when there are two or none.
 */
class AreaReportsTests {

	private final Place region = place("iq-north-region", "Northern Region", PlaceKind.REGION, null, 44.3, 36.2);

	private final Place province = place("iq-hills-province", "Hills", PlaceKind.PROVINCE, "Hills", 45.0, 35.5);

	private final Place town = place("iq-hilltown", "Hilltown", PlaceKind.TOWN, "Hills", 44.6, 36.1);

	private final Place village = place("iq-lowvillage", "Lowvillage", PlaceKind.VILLAGE, "Plains", 44.0, 36.3);

	private final Place farTown = place("iq-fartown", "Fartown", PlaceKind.TOWN, "South", 47.8, 30.5);

	private final IncidentClusterer clusterer = new IncidentClusterer((id) -> Optional
		.ofNullable(Map.of(this.region.id(), this.region, this.province.id(), this.province, this.town.id(), this.town,
				this.village.id(), this.village, this.farTown.id(), this.farTown)
			.get(id)));

	private final Article wire = ClusterFixtures.article("wire.txt", "2024-02-06");

	private Incident draft(EventType type, String day, Place where, int start) {
		return this.clusterer.draft(mention(type, day).at(start).build(), at(where), 1, this.wire);
	}

	@Test
	void shouldJoinARegionReportToTheOnlyPreciseIncidentOfItsDay() {
		List<Incident> out = this.clusterer
			.cluster(List.of(draft(EventType.SHELLING_ARTILLERY_MISSILE, "2024-02-05", this.town, 0),
					draft(EventType.SHELLING_ARTILLERY_MISSILE, "2024-02-05", this.region, 200)));

		assertThat(out).singleElement().satisfies((i) -> {
			assertThat(i.placeId()).isEqualTo(this.town.id());
			assertThat(i.sources()).hasSize(2);
		});
	}

	@Test
	void shouldJoinAProvinceReportToTheOnlyIncidentInsideIt() {
		List<Incident> out = this.clusterer
			.cluster(List.of(draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.town, 0),
					draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.village, 100),
					draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.province, 200)));

		assertThat(out).hasSize(2).anySatisfy((i) -> {
			assertThat(i.placeId()).isEqualTo(this.town.id());
			assertThat(i.sources()).hasSize(2);
		});
	}

	@Test
	void shouldKeepARegionReportApartWhenTwoIncidentsCouldBeMeant() {
		List<Incident> out = this.clusterer
			.cluster(List.of(draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.town, 0),
					draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.village, 100),
					draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.region, 200)));

		assertThat(out).hasSize(3);
	}

	@Test
	void shouldKeepARegionReportApartFromAnotherKindOrDayOrAFarPlace() {
		assertThat(this.clusterer.cluster(List.of(draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.town, 0),
				draft(EventType.SHELLING_ARTILLERY_MISSILE, "2024-02-05", this.region, 200))))
			.hasSize(2);
		assertThat(this.clusterer.cluster(List.of(draft(EventType.AIR_DRONE_STRIKE, "2024-02-04", this.town, 0),
				draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.region, 200))))
			.hasSize(2);
		assertThat(this.clusterer.cluster(List.of(draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.farTown, 0),
				draft(EventType.AIR_DRONE_STRIKE, "2024-02-05", this.region, 200))))
			.hasSize(2);
	}

	@Test
	void shouldNotJoinARegionReportSpanningAYear() {
		Incident yearLong = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, null)
			.date(new EventDate(java.time.LocalDate.parse("2023-01-01"), java.time.LocalDate.parse("2023-12-31"),
					DatePrecision.YEAR, "last year", "given"))
			.at(200)
			.historical()
			.build(), at(this.region), 1, this.wire);
		Incident one = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2023-06-01").historical().build(),
				at(this.town), 1, this.wire);

		assertThat(this.clusterer.cluster(List.of(one, yearLong))).hasSize(2);
	}

}
