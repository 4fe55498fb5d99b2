package org.conflictdata.incidentmap.geocoding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.geocoding.MentionReader.Reading;
import org.conflictdata.incidentmap.geocoding.PlaceMatcher.Hit;
import org.conflictdata.incidentmap.geocoding.TextTokens.Token;

/**
 * Turns the place mentions of a sentence (possibly with its neighbours for context) into
 * the {@link Location} of the incident it reports. It finds every gazetteer name in the
 * text ({@link PlaceMatcher}), picks among same-named places the one that other mentions
 * support (a province or country that contains it, a place within {@value #SUPPORT_KM}
 * km), reads how each mention is used ({@link MentionReader}) and keeps the most specific
 * place the incident is located at: a named facility over the town around it, a town over
 * its province, anything over an origin such as "flown in from Kuwait". Null, blank or
 * place-free text gives an unresolved location with the reason, never null.
 */
public final class Geocoder {

	/**
	 * Said in the explanation of a place the sentence does not name, found in its
	 * context.
	 */
	public static final String FROM_CONTEXT = "the sentence names no place; taken from its context";

	static final double SUPPORT_KM = 60;

	/** How close a place must be for a generic name ("the US embassy") to mean it. */
	static final double GENERIC_NAME_KM = 30;

	private static final int SNIPPET = 120;

	private static final Set<String> PRIORITY_COUNTRIES = Set.of("Iraq", "Syria");

	private final Gazetteer gazetteer;

	private final PlaceMatcher matcher;

	private final Airfields airfields;

	public Geocoder(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.matcher = new PlaceMatcher(gazetteer);
		this.airfields = new Airfields(gazetteer);
	}

	/**
	 * The incident's location: the best of {@link #locateAll}, or unresolved with why.
	 */
	public Location locate(String text) {
		if (text == null || text.isBlank()) {
			return Location.unresolved("", "empty text");
		}
		List<Finding> findings = find(text);
		return FindingRanking.best(findings)
			.map((finding) -> toLocation(text, finding, findings, null))
			.orElseGet(() -> unresolved(text, findings));
	}

	/**
	 * The location of the incident a sentence reports, using the text around it
	 * (neighbouring sentences, the headline) only as support: to choose among places of
	 * one name and to confirm generic names ("the US embassy"). When the sentence itself
	 * names no usable place, or only where someone spoke ("told reporters in Baghdad"),
	 * the best place of the context is taken and the explanation says so. A null or blank
	 * context is the same as {@link #locate(String)}.
	 */
	public Location locate(String sentence, String context) {
		if (context == null || context.isBlank()) {
			return locate(sentence);
		}
		if (sentence == null || sentence.isBlank()) {
			return Location.unresolved("", "empty text");
		}
		String text = context.strip() + "\n\n" + sentence;
		int sentenceStart = text.length() - sentence.length();
		List<Finding> findings = find(text);
		List<Finding> own = findings.stream().filter((f) -> f.start() >= sentenceStart).toList();
		Optional<Finding> best = FindingRanking.best(own);
		List<Finding> around = findings.stream().filter((f) -> f.start() < sentenceStart).toList();
		Optional<Finding> aroundBest = FindingRanking.bestForContext(around);
		// Where someone spoke, a way near a town, or a country beside "in the city"
		// yields.
		if (best.isPresent() && FindingRanking.ownStands(best.get(), aroundBest)
				&& !CityAnaphora.yieldsToContext(sentence, best.get(), aroundBest)) {
			return toLocation(text, best.get(), own, null);
		}
		return aroundBest.map((finding) -> toLocation(text, finding, around, FROM_CONTEXT))
			.orElseGet(() -> unresolved(sentence, own));
	}

	/**
	 * The location of the incident whose trigger ("drone hit") the sentence holds: when
	 * the sentence reports several events ("The strikes on Shingal came days after a
	 * drone hit a car near Makhmour"), a place in the trigger's own clause wins over
	 * places of the other clauses; a clause without a place of its own, or a trigger not
	 * found in the sentence, leaves the choice to {@link #locate(String, String)}.
	 */
	public Location locate(String sentence, String context, String trigger) {
		int at = TriggerClauses.indexOf(sentence, trigger);
		if (at >= 0) {
			String clause = TriggerClauses.clauseAt(sentence, at);
			if (!clause.equals(sentence.strip())) {
				List<Finding> findings = find(clause);
				Optional<Finding> best = FindingRanking.best(findings).filter((f) -> !f.isSpeaker());
				if (best.isPresent()) {
					return toLocation(clause, best.get(), findings, "in the clause of the trigger '" + trigger + "'");
				}
			}
		}
		return locate(sentence, context);
	}

	private static Location unresolved(String text, List<Finding> findings) {
		String snippet = snippet(text);
		if (findings.isEmpty()) {
			return Location.unresolved(snippet, "no gazetteer place named");
		}
		Finding weak = findings.get(0);
		return Location.unresolved(snippet, "only places that are not the incident location were named: '"
				+ weak.mention() + "' (" + weak.precisionWords(null) + ")");
	}

	/** Every place mention in the text, in text order, each with its own reading. */
	public List<Location> locateAll(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Finding> findings = find(text);
		List<Location> locations = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			locations.add(toLocation(text, finding, List.of(), null));
		}
		return locations;
	}

	List<Finding> find(String text) {
		List<Token> tokens = TextTokens.of(text);
		List<Hit> hits = new ArrayList<>(this.matcher.find(tokens));
		hits.addAll(NationalityAdjectives.facilities(tokens, hits, this.gazetteer));
		hits.sort(Comparator.comparingInt(Hit::from));
		List<Finding> findings = new ArrayList<>();
		int floor = 0;
		for (Hit hit : hits) {
			List<Place> anchors = hits.stream()
				.filter((h) -> h != hit && !h.contextual())
				.map((h) -> h.candidates().get(0))
				.toList();
			Place place = hit.contextual() ? supportedGeneric(hit, hits, anchors) : choose(hit, tokens, hits, anchors);
			if (place == null) {
				continue;
			}
			place = StatedProvinces.provinceNamed(place, tokens, hit, this.gazetteer);
			Place province = ProvinceParts.provinceMeant(place, tokens, hit, this.gazetteer);
			String partNote = null;
			if (province != null) {
				partNote = "'" + TextTokens.quote(text, tokens, hit.from(), hit.to()) + "' is told as a part of "
						+ province.name() + " province (a compass part or its countryside), not the city";
				place = province;
			}
			Reading reading = MentionReader.read(tokens, Datelines.lineStart(text, tokens, hit.from()), hit.from(),
					hit.to(), floor, place);
			if (NationalityAdjectives.namesOwner(hit, tokens, place)
					|| GovernmentNames.ownsNamedBody(tokens, hit, hits, place)) {
				// "a Turkish military post", "Iran's Guards": whose, not where.
				reading = new Reading(Relation.ACTOR, reading.phraseStart(), null, null);
			}
			else if (Datelines.opensSlashedDateline(text, tokens, hit.from(), hit.to())) {
				reading = new Reading(Relation.DATELINE, hit.from(), null, null);
			}
			else if (SpeakerPlaces.modifiesTheSource(tokens, hit.from(), hit.to())) {
				// "said a Kirkuk police officer": who spoke, not where it happened.
				reading = new Reading(Relation.SPEAKER, hit.from(), null, null);
			}
			else {
				reading = ReportedFrom.read(text, tokens, hit.to(), reading);
			}
			if (!reading.relation().isWeak() && Objectives.aimedAt(tokens, hit.from(), floor)) {
				// "Kurdish forces defending Erbil": fought on the way there.
				reading = new Reading(Relation.OBJECTIVE, reading.phraseStart(), null, null);
			}
			floor = hit.to() + 1;
			int phraseStart = Math.min(reading.phraseStart(), hit.from());
			String matched = TextTokens.quote(text, tokens, hit.from(), hit.to());
			String mention = TextTokens.quote(text, tokens, phraseStart, hit.to());
			String note = (partNote != null) ? partNote : support(place, anchors);
			Place airfield = hit.contextual() ? null : this.airfields.of(place, reading, tokens, hit);
			if (airfield != null) {
				// "the international airport in Erbil": the gazetteer knows that airport.
				note = "the " + reading.facilityNoun() + " of " + place.name() + " is in the gazetteer";
				place = airfield;
			}
			else if (!reading.relation().isWeak() && LocalNames.toldAsLocal(place, text, tokens.get(hit.from()).start(),
					tokens.get(hit.to()).end())) {
				// "al-Qadisiya, a middle-class neighbourhood": not the province.
				Place town = LocalNames.townOfTheStory(place, anchors, this.gazetteer);
				if (town == null) {
					continue;
				}
				note = "'" + matched + "' is told as a part of a town, not the " + Finding.kindName(place.kind())
						+ " of that name; taken in " + town.name() + ((town.kind() == PlaceKind.COUNTRY)
								? ", as the text names no city there" : ", the city named");
				place = town;
				reading = new Reading(Relation.NEAR, reading.phraseStart(), null, null);
			}
			findings.add(new Finding(place, matched, mention, reading, tokens.get(phraseStart).start(),
					tokens.get(hit.to()).end(), note,
					hit.contextual() || NationalityAdjectives.isAdjective(hit, tokens)));
		}
		return PlacesBetween.merge(text, findings);
	}

	/**
	 * Among places sharing a name, the one in the country an adjective names ("the Iraqi
	 * town of Sinjar"), then the one other mentions support (a place nearby or a province
	 * around it counts more than a country around it), then one in the country most other
	 * mentions lie in ({@link ArticleCountries}), then a curated one, then one in Iraq or
	 * Syria, then gazetteer order (GeoNames by population). A province or country the
	 * words after the name put it in ("Qarah in northern Diyala") counts most, and a
	 * place in another country than that is not meant at all (null when none is left).
	 */
	private Place choose(Hit hit, List<Token> tokens, List<Hit> hits, List<Place> anchors) {
		String countryWord = NationalityAdjectives.countryWordBefore(tokens, hit.from());
		Place stated = StatedProvinces.statedArea(tokens, hit, hits, this.gazetteer);
		Place best = null;
		int bestScore = Integer.MIN_VALUE;
		for (Place candidate : hit.candidates()) {
			if (stated != null && !stated.country().equals(candidate.country())) {
				continue;
			}
			int score = (stated != null && stated.contains(candidate) ? 300 : 0)
					+ (candidate.country().equals(countryWord) ? 200 : 0) + support(anchors, candidate)
					+ (ArticleCountries.of(anchors, hit.candidates()).contains(candidate.country()) ? 60 : 0)
					+ (PRIORITY_COUNTRIES.contains(candidate.country()) ? 30 : 0)
					+ (candidate.id().startsWith("geonames:") ? 0 : 50);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static int support(List<Place> anchors, Place candidate) {
		int best = 0;
		for (Place anchor : anchors) {
			if (anchor.id().equals(candidate.id())) {
				continue;
			}
			if (anchor.kind() == PlaceKind.COUNTRY && anchor.contains(candidate)) {
				best = Math.max(best, 40);
			}
			else if (supports(List.of(anchor), candidate, SUPPORT_KM)) {
				best = 100;
			}
		}
		return best;
	}

	/**
	 * A generic name counts only next to a place around it: the place named right after
	 * it ("the US embassy in Baghdad") decides; without one, any other mention does.
	 */
	private Place supportedGeneric(Hit hit, List<Hit> hits, List<Place> anchors) {
		Optional<Hit> following = hits.stream()
			.filter((h) -> !h.contextual() && h.from() > hit.to() && h.from() <= hit.to() + 3)
			.findFirst();
		for (Place candidate : hit.candidates()) {
			boolean supported = following
				.map((h) -> supports(List.of(h.candidates().get(0)), candidate, GENERIC_NAME_KM))
				.orElseGet(() -> supports(anchors, candidate, GENERIC_NAME_KM));
			if (supported) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean supports(List<Place> anchors, Place candidate, double km) {
		for (Place anchor : anchors) {
			if (anchor.id().equals(candidate.id())) {
				continue;
			}
			boolean bothPoints = !anchor.kind().isArea() && !candidate.kind().isArea();
			if (anchor.contains(candidate) || (bothPoints && Distance.km(anchor, candidate) <= km)) {
				return true;
			}
		}
		return false;
	}

	private static String support(Place place, List<Place> anchors) {
		List<String> names = new ArrayList<>();
		for (Place anchor : anchors) {
			if (!anchor.id().equals(place.id()) && anchor.contains(place) && !names.contains(anchor.name())) {
				names.add(anchor.name() + " (" + Finding.kindName(anchor.kind()) + ")");
			}
		}
		return names.isEmpty() ? null : "within " + String.join(" and ", names) + ", also named";
	}

	private Location toLocation(String text, Finding finding, List<Finding> all, String note) {
		String qualifier = finding.isWeak() ? null : MentionReader.borderQualifier(text, finding.end());
		String explanation = Explanations.explain(finding, all, qualifier);
		Place place = finding.place();
		String precision = finding.precisionWords(qualifier);
		Optional<Displacement> displacement = displacement(text, finding);
		if (displacement.isPresent()) {
			// "about 30 km south-west of Kirkuk": the point the text measures, still
			// named after Kirkuk.
			place = displacement.get().applyTo(place);
			String words = displacement.get().words() + " " + place.name();
			precision = (qualifier != null) ? words + ", " + qualifier : words;
			explanation += "; placed " + words + " as written, not at " + place.name() + " itself";
		}
		return new Location(place, finding.geoPrecision(), precision, withFollowingNoun(text, finding),
				(note != null) ? note + ": " + explanation : explanation, null);
	}

	/**
	 * The distance and bearing of a mention measured from a point place ("about 30 km
	 * south-west of Kirkuk"), read from its phrase and the few words before it.
	 */
	private static Optional<Displacement> displacement(String text, Finding finding) {
		if (finding.reading().relation() != Relation.NEAR || finding.reading().direction() == null
				|| finding.place().kind().isArea()) {
			return Optional.empty();
		}
		if (Displacement.in(finding.mention()).isEmpty()) {
			return Optional.empty();
		}
		// The phrase holds the distance; the words before it may soften it ("about").
		return Displacement.in(text.substring(Math.max(0, finding.start() - 16), finding.end()));
	}

	/**
	 * "into an Iraqi" + " military base": when the unnamed facility is named after the
	 * place word, the quoted mention takes it in.
	 */
	private static String withFollowingNoun(String text, Finding finding) {
		String noun = finding.reading().facilityNoun();
		if (noun == null || !finding.unnamedFacility()) {
			return finding.mention();
		}
		String rest = text.substring(finding.end(), Math.min(text.length(), finding.end() + 40));
		Matcher matcher = Pattern
			.compile("^\\s+(?:[\\p{L}.]+\\s+){0,2}?" + Pattern.quote(noun) + "\\b", Pattern.CASE_INSENSITIVE)
			.matcher(rest);
		return matcher.find() ? finding.mention() + rest.substring(0, matcher.end()) : finding.mention();
	}

	private static String snippet(String text) {
		String trimmed = text.strip().replaceAll("\\s+", " ");
		return (trimmed.length() <= SNIPPET) ? trimmed : trimmed.substring(0, SNIPPET - 1) + "…";
	}

}
