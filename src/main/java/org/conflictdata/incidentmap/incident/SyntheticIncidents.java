package org.conflictdata.incidentmap.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Attribution;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.extraction.DatePrecision;
import org.conflictdata.incidentmap.extraction.EventType;
import org.conflictdata.incidentmap.geocoding.Place;

/**
 * An endless, deterministic stream of realistic-looking incidents for load tests: the
 * same seed and places give the same incidents in the same order. Incidents cluster
 * around the given places (cities more than villages, areas only for region-precise
 * incidents), fall between {@link #FIRST_DAY} and {@link #LAST_DAY} with yearly trends
 * and short bursts, and carry ACLED types, actors, skewed casualty figures, a mix of date
 * and place precisions and one to three made-up sources with {@code example.org} URLs.
 * Nothing here is a real report. Place lists without a point-like place are rejected with
 * an {@link IllegalArgumentException}.
 */
public final class SyntheticIncidents {

	public static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);

	public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

	/**
	 * Relative activity per year 2014–2024: the war against IS, then the militia years.
	 */
	private static final int[] YEAR_WEIGHTS = { 14, 16, 15, 13, 7, 7, 8, 6, 5, 6, 7 };

	private static final int BURSTS = 60;

	private static final Weighted<EventType> TYPES = new Weighted<EventType>().add(EventType.AIR_DRONE_STRIKE, 20)
		.add(EventType.SHELLING_ARTILLERY_MISSILE, 18)
		.add(EventType.REMOTE_EXPLOSIVE, 14)
		.add(EventType.SUICIDE_BOMB, 3)
		.add(EventType.GRENADE, 2)
		.add(EventType.ARMED_CLASH, 20)
		.add(EventType.ATTACK_ON_CIVILIANS, 7)
		.add(EventType.ABDUCTION, 3)
		.add(EventType.MOB_VIOLENCE, 1)
		.add(EventType.VIOLENT_DEMONSTRATION, 1)
		.add(EventType.PEACEFUL_PROTEST, 5)
		.add(EventType.PROTEST_WITH_INTERVENTION, 1)
		.add(EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, 1)
		.add(EventType.PROPERTY_DESTRUCTION, 1)
		.add(EventType.OTHER_STRATEGIC, 3);

	private static final String[] ARMED = { "Islamic State", "Kataib Hezbollah", "Islamic Resistance in Iraq",
			"United States", "Iraqi Security Forces", "Popular Mobilization Forces", "Syrian Democratic Forces",
			"Syrian Arab Army", "Russia", "Turkey", "Israel", "Hayat Tahrir al-Sham", "Peshmerga",
			"Unidentified armed group" };

	private static final String[] TARGETS = { "Civilians", "Iraqi Security Forces", "United States",
			"Popular Mobilization Forces", "Syrian Democratic Forces", "Islamic State", "Syrian Arab Army", "Peshmerga",
			"Kataib Hezbollah" };

	private final List<Place> points;

	private final List<Place> areas;

	private final long seed;

	private final SplittableRandom random;

	private final LocalDate[] burstDays;

	private final Weighted<Place> pointWeights;

	private final SyntheticSources sources;

	private long index;

	public SyntheticIncidents(List<Place> places, long seed) {
		this.points = places.stream().filter((place) -> !place.kind().isArea()).toList();
		this.areas = places.stream().filter((place) -> place.kind().isArea()).toList();
		if (this.points.isEmpty()) {
			throw new IllegalArgumentException("synthetic incidents need at least one point-like place");
		}
		this.seed = seed;
		this.random = new SplittableRandom(seed);
		this.pointWeights = new Weighted<>();
		for (Place place : this.points) {
			this.pointWeights.add(place, switch (place.kind()) {
				case CITY -> 6;
				case AIR_BASE, MILITARY_BASE, AIRPORT, ZONE -> 4;
				case TOWN -> 3;
				default -> 1;
			});
		}
		this.burstDays = new LocalDate[BURSTS];
		for (int i = 0; i < BURSTS; i++) {
			this.burstDays[i] = trendDay();
		}
		this.sources = new SyntheticSources(this.random, seed);
	}

	/** The next incident; its id is null, as before storing. */
	public Incident next() {
		this.index++;
		EventType type = TYPES.pick(this.random);
		Placement where = placement();
		LocalDate day = (this.random.nextDouble() < 0.35) ? burstDay() : trendDay();
		DatePrecision precision = datePrecision();
		LocalDate[] range = range(day, precision);
		List<Actor> actors = actors(type);
		Count killed = casualties(type, 0.8);
		Count wounded = casualties(type, 1.2);
		String weapon = weapon(type);
		String perpetrator = actors.isEmpty() ? "Unidentified armed group" : actors.get(0).name();
		String summary = type.subEventType() + " by " + perpetrator + " at " + where.place().name()
				+ ((killed != null) ? ": " + killed.value() + " killed" : "")
				+ ((wounded != null) ? ", " + wounded.value() + " wounded" : "");
		List<Source> reports = this.sources.sources(this.index, range[1], summary);
		String grade = (reports.size() == 1) ? "single source" : "corroborated (" + reports.size() + " sources)";
		Map<String, Object> explanation = Map.of("synthetic",
				"SyntheticIncidents seed " + this.seed + " #" + this.index, "place", where.precisionText(), "date",
				precision.label());
		return new Incident(null, range[0], range[1], precision.label(), precision.timePrecision(), type.eventType(),
				type.subEventType(), where.place().name(), where.place().id(), where.geoPrecision(),
				where.precisionText(), where.place().country(), where.place().admin1(), where.lon(), where.lat(),
				actors, killed, wounded, weapon, summary, grade, this.random.nextDouble() < 0.01, explanation, reports);
	}

	private Placement placement() {
		double roll = this.random.nextDouble();
		if (roll < 0.07 && !this.areas.isEmpty()) {
			Place area = this.areas.get(this.random.nextInt(this.areas.size()));
			return jittered(area, 3, area.kind().name().toLowerCase(java.util.Locale.ROOT), 0.05);
		}
		Place place = this.pointWeights.pick(this.random);
		if (roll < 0.25) {
			return jittered(place, 2, "near " + place.name(), 0.06);
		}
		return jittered(place, 1, "exact place", 0.015);
	}

	/**
	 * Spreads incidents around a place by a normal offset (in degrees) so that bounding
	 * boxes cut through clusters as they do with real data, then keeps the point inside
	 * the region.
	 */
	private Placement jittered(Place place, int geoPrecision, String text, double sigma) {
		double lon = clamp(place.longitude() + this.random.nextGaussian() * sigma, SyntheticPlaces.REGION.minLon(),
				SyntheticPlaces.REGION.maxLon());
		double lat = clamp(place.latitude() + this.random.nextGaussian() * sigma, SyntheticPlaces.REGION.minLat(),
				SyntheticPlaces.REGION.maxLat());
		return new Placement(place, geoPrecision, text, lon, lat);
	}

	private LocalDate trendDay() {
		int total = 0;
		for (int weight : YEAR_WEIGHTS) {
			total += weight;
		}
		int roll = this.random.nextInt(total);
		int year = 0;
		while (roll >= YEAR_WEIGHTS[year]) {
			roll -= YEAR_WEIGHTS[year];
			year++;
		}
		LocalDate first = FIRST_DAY.plusYears(year);
		return first.plusDays(this.random.nextInt(first.lengthOfYear()));
	}

	private LocalDate burstDay() {
		LocalDate centre = this.burstDays[this.random.nextInt(BURSTS)];
		LocalDate day = centre.plusDays(Math.round(this.random.nextGaussian() * 4));
		return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
	}

	private DatePrecision datePrecision() {
		double roll = this.random.nextDouble();
		return (roll < 0.80) ? DatePrecision.DAY
				: (roll < 0.90) ? DatePrecision.WEEK : (roll < 0.98) ? DatePrecision.MONTH : DatePrecision.YEAR;
	}

	private static LocalDate[] range(LocalDate day, DatePrecision precision) {
		return switch (precision) {
			case DAY -> new LocalDate[] { day, day };
			case WEEK -> {
				LocalDate monday = day.with(DayOfWeek.MONDAY);
				LocalDate start = monday.isBefore(FIRST_DAY) ? FIRST_DAY : monday;
				LocalDate end = monday.plusDays(6).isAfter(LAST_DAY) ? LAST_DAY : monday.plusDays(6);
				yield new LocalDate[] { start, end };
			}
			case MONTH -> new LocalDate[] { day.withDayOfMonth(1), YearMonth.from(day).atEndOfMonth() };
			case YEAR -> new LocalDate[] { day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()) };
		};
	}

	private List<Actor> actors(EventType type) {
		List<Actor> actors = new ArrayList<>(2);
		if (type.eventType().equals("Protests") || type.eventType().equals("Riots")) {
			actors.add(new Actor("Protesters", ActorRole.PERPETRATOR, Attribution.STATED));
			if (type != EventType.PEACEFUL_PROTEST) {
				actors.add(new Actor("Iraqi Security Forces", ActorRole.TARGET, Attribution.STATED));
			}
			return actors;
		}
		if (this.random.nextDouble() < 0.85) {
			Attribution how = Attribution.values()[this.random.nextInt(Attribution.values().length)];
			actors.add(new Actor(ARMED[this.random.nextInt(ARMED.length)], ActorRole.PERPETRATOR, how));
		}
		if (this.random.nextDouble() < 0.7) {
			String target = TARGETS[this.random.nextInt(TARGETS.length)];
			if (actors.isEmpty() || !actors.get(0).name().equals(target)) {
				actors.add(new Actor(target, ActorRole.TARGET, Attribution.STATED));
			}
		}
		return actors;
	}

	/**
	 * A heavy-tailed figure (log-normal, as casualty counts are), often unstated, zero
	 * for most protests; a few are ranges or open-ended "at least" figures.
	 */
	private Count casualties(EventType type, double mu) {
		boolean peaceful = type == EventType.PEACEFUL_PROTEST || type == EventType.OTHER_STRATEGIC
				|| type == EventType.PROPERTY_DESTRUCTION;
		if (this.random.nextDouble() < (peaceful ? 0.95 : 0.4)) {
			return null;
		}
		if (this.random.nextDouble() < 0.2) {
			return Count.exactly(0);
		}
		int value = (int) Math.min(500, Math.max(1, Math.round(Math.exp(mu + this.random.nextGaussian()))));
		double shape = this.random.nextDouble();
		if (shape < 0.08) {
			return new Count(value, value, value + 1 + this.random.nextInt(value + 2));
		}
		if (shape < 0.12) {
			return new Count(value, value, null);
		}
		return Count.exactly(value);
	}

	private String weapon(EventType type) {
		String[] choices = switch (type) {
			case AIR_DRONE_STRIKE -> new String[] { "drone", "airstrike", "one-way attack drone" };
			case SHELLING_ARTILLERY_MISSILE -> new String[] { "rockets", "mortar", "artillery", "ballistic missile" };
			case REMOTE_EXPLOSIVE -> new String[] { "IED", "roadside bomb", "car bomb", "landmine" };
			case SUICIDE_BOMB -> new String[] { "suicide vest", "VBIED" };
			case GRENADE -> new String[] { "grenade" };
			case ARMED_CLASH, ATTACK_ON_CIVILIANS -> new String[] { "small arms", null, null };
			default -> new String[] { null };
		};
		return choices[this.random.nextInt(choices.length)];
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private record Placement(Place place, int geoPrecision, String precisionText, double lon, double lat) {
	}

}
