package org.conflictdata.incidentmap.incident;

import java.util.List;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.K1;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.KIRKUK;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.article;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.at;
import static org.conflictdata.incidentmap.incident.ClusterFixtures.mention;

/**
 * When one report's perpetrator is the other's target the two are kept apart as an attack
 * and its reply, except for a crowd and the force used against it.
 */
class OpposedSidesTests {

	private static final String DAY = "2021-03-04";

	private final IncidentClusterer clusterer = ClusterFixtures.clusterer();

	private final Article report = article("010.txt", "2021-03-05");

	private final Article other = article("011.txt", "2021-03-05");

	private static Actor perpetrator(String name) {
		return new Actor(name, ActorRole.PERPETRATOR, Attribution.STATED);
	}

	private static Actor target(String name) {
		return new Actor(name, ActorRole.TARGET, Attribution.STATED);
	}

	private Incident one(ClusterFixtures.Mention mention) {
		return this.clusterer.draft(mention.build(), at(K1), 1, this.report);
	}

	@Test
	void shouldJoinAProtestAgainstAForceAndTheForceDispersingIt() {
		// "Residents rallied outside the militia's post ... the militia fired in the air
		// to disperse them."
		Incident protest = one(
				mention(EventType.PEACEFUL_PROTEST, DAY).by(perpetrator("Protesters")).by(target("Militia")));
		Incident force = one(mention(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, DAY).by(perpetrator("Militia"))
			.by(target("Protesters")));

		assertThat(this.clusterer.cluster(List.of(protest, force))).hasSize(1);
	}

	@Test
	void shouldJoinARiotAndTheGuardsFireOnTheRioters() {
		// "Demonstrators torched the party offices ... guards opened fire on the crowd."
		Incident riot = one(mention(EventType.VIOLENT_DEMONSTRATION, DAY).by(perpetrator("Rioters")));
		Incident fire = one(mention(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, DAY).by(target("Rioters")));

		assertThat(this.clusterer.cluster(List.of(riot, fire))).hasSize(1);
	}

	@Test
	void shouldJoinAMobAttackOnACrowdAndTheCrowdsProtest() {
		// "Supporters of the party attacked the sit-in ... the protesters had gathered to
		// denounce the party."
		Incident mob = one(
				mention(EventType.MOB_VIOLENCE, DAY).by(perpetrator("Party supporters")).by(target("Protesters")));
		Incident sitIn = one(
				mention(EventType.PEACEFUL_PROTEST, DAY).by(perpetrator("Protesters")).by(target("Party supporters")));

		assertThat(this.clusterer.cluster(List.of(mob, sitIn))).hasSize(1);
	}

	@Test
	void shouldKeepAnAttackThatNamesItsVictimApartFromTheAnonymousReplyOnItsAttacker() {
		// "Militants fired rockets at the Turkish base ... return fire hit militant
		// positions."
		Incident rockets = one(
				mention(EventType.SHELLING_ARTILLERY_MISSILE, DAY).by(perpetrator("PKK")).by(target("Turkey")));
		Incident reply = one(mention(EventType.SHELLING_ARTILLERY_MISSILE, DAY).by(target("PKK")));

		assertThat(this.clusterer.sameEvent(rockets, reply)).isFalse();
		assertThat(this.clusterer.cluster(List.of(rockets, reply))).hasSize(2);
	}

	@Test
	void shouldKeepAnAttackApartFromAReplyThatNamesWhoStruckBack() {
		// "The PKK shelled the outpost; Turkish artillery pounded PKK positions."
		Incident attack = one(mention(EventType.SHELLING_ARTILLERY_MISSILE, DAY).by(perpetrator("PKK")));
		Incident reply = one(
				mention(EventType.SHELLING_ARTILLERY_MISSILE, DAY).by(perpetrator("Turkey")).by(target("PKK")));

		assertThat(this.clusterer.cluster(List.of(attack, reply))).hasSize(2);
	}

	@Test
	void shouldKeepRocketsOnABaseApartFromTheStrikeInReplyThoughEachNamesOneSide() {
		// "Rockets hit the oil field housing US troops ... US jets struck militia depots
		// near the town in response."
		Incident rockets = one(mention(EventType.SHELLING_ARTILLERY_MISSILE, DAY).by(target("United States")));
		Incident reply = this.clusterer.draft(
				mention(EventType.AIR_DRONE_STRIKE, DAY).by(perpetrator("United States")).build(), at(KIRKUK), 2,
				this.other);

		assertThat(this.clusterer.sameEvent(rockets, reply)).isFalse();
		assertThat(this.clusterer.cluster(List.of(rockets, reply))).hasSize(2);
	}

	@Test
	void shouldKeepCrowdsOnTwoDaysApart() {
		Incident protest = one(mention(EventType.PEACEFUL_PROTEST, DAY).by(perpetrator("Protesters")));
		Incident force = this.clusterer
			.draft(mention(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "2021-03-02").by(perpetrator("Police"))
				.by(target("Protesters"))
				.build(), at(K1), 1, this.report);

		assertThat(this.clusterer.cluster(List.of(protest, force))).hasSize(2);
	}

	@Test
	void shouldKeepACrowdApartFromAnAttackOfAnotherKindOnItsTarget() {
		// "Residents protested against the militia; hours later a roadside bomb hit a
		// militia patrol."
		Incident protest = one(
				mention(EventType.PEACEFUL_PROTEST, DAY).by(perpetrator("Protesters")).by(target("Militia")));
		Incident bomb = one(mention(EventType.REMOTE_EXPLOSIVE, DAY).by(target("Militia")));

		assertThat(this.clusterer.cluster(List.of(protest, bomb))).hasSize(2);
	}

}
