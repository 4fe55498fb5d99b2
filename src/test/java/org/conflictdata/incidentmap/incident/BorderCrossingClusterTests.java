package org.conflictdata.incidentmap.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Place;
import org.conflictdata.incidentmap.geocoding.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.at;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.mention;

/**
 * A border crossing has a side in each country: reports placing one event at the crossing
 * and at the town across the line are one incident.
 */
class BorderCrossingClusterTests {

	private final Place crossing = new Place("sy-jdeidet-yabous-crossing", "Jdeidet Yabous crossing", List.of(),
			PlaceKind.BORDER_CROSSING, "Syria", "Rif Dimashq", 36.07, 33.63, "test fixture");

	private final Place masnaa = new Place("lb-masnaa", "Masnaa", List.of(), PlaceKind.TOWN, "Lebanon", "Beqaa", 35.99,
			33.70, "test fixture");

	private final IncidentClusterer clusterer = new IncidentClusterer((id) -> Optional
		.ofNullable(Map.of(this.crossing.id(), this.crossing, this.masnaa.id(), this.masnaa).get(id)));

	private final Article wire = ClusterFixtures.article("wire.txt", "2024-03-08");

	@Test
	void shouldMergeAStrikeReportedAtACrossingAndAtTheTownAcrossTheLine() {
		Incident atCrossing = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2024-03-07").build(),
				at(this.crossing), 1, this.wire);
		Incident atTown = this.clusterer.draft(mention(EventType.AIR_DRONE_STRIKE, "2024-03-07").build(),
				at(this.masnaa), 1, this.wire);

		assertThat(this.clusterer.sameEvent(atCrossing, atTown)).isTrue();
	}

}
