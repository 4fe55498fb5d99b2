package org.conflictdata.incidentmap.incident;

import java.time.LocalDate;
import java.util.Set;

import org.conflictdata.incidentmap.extraction.EventType;

/**
 * Whether two drafts are two words for one bombing told in one sentence: "a suicide
 * attacker blew himself up in a cafe in the town, and a second device went off as
 * rescuers gathered" is one double bombing, though the extractor reads a suicide bomb and
 * a remote explosive, and may place the second blast only at the province the sources
 * speak from. Both drafts must come from one sentence of one document, lie at the same
 * gazetteer place or one inside the other, and be explosions set off on the ground
 * (suicide bomb, remote explosive, grenade). Their dates must overlap, or lie one day
 * apart when one of them is the publication day, which a clause without a date of its own
 * takes from the dateline. Blasts in two sentences ("Hours later a roadside bomb hit a
 * patrol in the town"), at two places, or dated on two days that the sentence names, stay
 * apart, as does a blast against an air strike or shelling.
 */
final class OneSentenceBlasts {

	private static final Set<EventType> GROUND_BLASTS = Set.of(EventType.SUICIDE_BOMB, EventType.REMOTE_EXPLOSIVE,
			EventType.GRENADE);

	private OneSentenceBlasts() {
	}

	/** True when the two drafts tell one ground blast in one sentence (see above). */
	static boolean oneBlast(Incident a, Incident b, PlaceRelations places) {
		if (!isBlast(a) || !isBlast(b) || !oneSentence(a, b)) {
			return false;
		}
		PlaceRelations.Relation place = places.of(a, b);
		if (place != PlaceRelations.Relation.SAME && place != PlaceRelations.Relation.CONTAINS) {
			return false;
		}
		if (ReportAgreement.datesOverlap(a, b)) {
			return true;
		}
		return ReportAgreement.oneDayApart(a, b) && (onPublicationDay(a) || onPublicationDay(b));
	}

	private static boolean isBlast(Incident incident) {
		EventType type = EventType.ofSubEventType(incident.subEventType());
		return type != null && GROUND_BLASTS.contains(type);
	}

	private static boolean oneSentence(Incident a, Incident b) {
		if (a.sources().size() != 1 || b.sources().size() != 1) {
			return false;
		}
		Source x = a.sources().get(0);
		Source y = b.sources().get(0);
		return x.documentId() == y.documentId() && x.quote() != null && x.quote().equals(y.quote());
	}

	private static boolean onPublicationDay(Incident incident) {
		LocalDate published = incident.sources().get(0).published();
		return published != null && published.equals(incident.date());
	}

}
