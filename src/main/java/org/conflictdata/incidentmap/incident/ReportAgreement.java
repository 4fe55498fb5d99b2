package org.conflictdata.incidentmap.incident;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;

/**
 * The comparisons {@link IncidentClusterer} makes between two reports that need no
 * gazetteer: whether their dates overlap or lie a day apart, whether they share a
 * perpetrator or set one's perpetrator against the other's target, whether their figures
 * corroborate each other, whether they read identically, and how sharp or vague each is.
 * Incidents must not be null; empty actor lists and absent figures simply agree on
 * nothing.
 */
final class ReportAgreement {

	private ReportAgreement() {
	}

	static boolean datesOverlap(Incident a, Incident b) {
		return !a.dateEnd().isBefore(b.date()) && !b.dateEnd().isBefore(a.date());
	}

	static boolean oneDayApart(Incident a, Incident b) {
		return a.timePrecision() == 1 && b.timePrecision() == 1 && a.date().equals(a.dateEnd())
				&& b.date().equals(b.dateEnd()) && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) == 1;
	}

	/**
	 * Whether every report of both incidents comes from one and the same document: one
	 * writer does not date one event on two days, so the slack for overnight events does
	 * not apply ("the strike came a day after another rocket hit ...").
	 */
	static boolean oneDocument(Incident a, Incident b) {
		Set<Long> documents = new HashSet<>();
		a.sources().forEach((s) -> documents.add(s.documentId()));
		b.sources().forEach((s) -> documents.add(s.documentId()));
		return documents.size() == 1;
	}

	static boolean sharePerpetrator(Incident a, Incident b) {
		for (Actor x : a.actors()) {
			for (Actor y : b.actors()) {
				if (x.role() == ActorRole.PERPETRATOR && y.role() == ActorRole.PERPETRATOR
						&& x.name().equalsIgnoreCase(y.name())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * True when one report's perpetrator is the other's target: an attack and the reply
	 * to it. Not so for two crowd reports: a protest against a force and the force's
	 * shots to disperse it, or a riot and the guards' fire on the rioters, are one event
	 * (ACLED's protest with intervention, or excessive force).
	 */
	static boolean opposedActors(Incident a, Incident b) {
		if (EventTypeCompatibility.bothCrowd(a.subEventType(), b.subEventType())) {
			return false;
		}
		return attacks(a, b) || attacks(b, a);
	}

	private static boolean attacks(Incident a, Incident b) {
		for (Actor x : a.actors()) {
			for (Actor y : b.actors()) {
				if (x.role() == ActorRole.PERPETRATOR && y.role() == ActorRole.TARGET
						&& x.name().equalsIgnoreCase(y.name())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The same type, place, dates, actors and figures: two outlets carrying one report,
	 * which describe one event however vague they are.
	 */
	static boolean identicalReading(Incident a, Incident b) {
		return a.subEventType().equals(b.subEventType()) && Objects.equals(a.placeId(), b.placeId())
				&& a.date().equals(b.date()) && a.dateEnd().equals(b.dateEnd())
				&& Objects.equals(a.killed(), b.killed()) && Objects.equals(a.wounded(), b.wounded())
				&& new HashSet<>(a.actors()).equals(new HashSet<>(b.actors()));
	}

	static boolean isSharp(Incident incident) {
		return incident.timePrecision() == 1 && incident.geoPrecision() >= 1 && incident.geoPrecision() <= 2;
	}

	static boolean isVague(Incident incident) {
		return incident.geoPrecision() >= 3 && incident.timePrecision() > 1;
	}

	static boolean figuresCorroborate(Incident a, Incident b) {
		return (a.killed() != null && b.killed() != null && a.killed().value() > 0
				&& a.killed().value() == b.killed().value())
				|| (a.wounded() != null && b.wounded() != null && a.wounded().value() > 0
						&& a.wounded().value() == b.wounded().value());
	}

}
