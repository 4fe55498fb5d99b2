package org.conflictdata.incidentmap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.ActorRole;
import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.Source;

/**
 * Writes incidents as RFC 4180 CSV (comma-separated, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled), one row at a time. Columns that ACLED
 * defines come first under ACLED's names, in ACLED's order, then ours. Missing values are
 * empty cells; {@code fatalities} is empty when no source states a figure (ACLED would
 * write 0, which would claim a figure nobody reported). ACLED's {@code disorder_type},
 * {@code inter1/2} and {@code iso} are left out: we have nothing to derive them from
 * honestly. Text cells starting with {@code = + - @}, a tab or a carriage return get a
 * leading apostrophe, because spreadsheets run such cells as formulas and article text is
 * untrusted; numbers are written as they are.
 */
final class IncidentCsvWriter {

	static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
			"sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
			"latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "date_end", "date_precision",
			"place_id", "location_precision", "killed_min", "killed_max", "wounded", "wounded_min", "wounded_max",
			"weapon", "actors", "grade", "historical", "source_urls", "id");

	private static final String SEPARATOR = "; ";

	private final Writer out;

	IncidentCsvWriter(Writer out) {
		this.out = out;
	}

	void writeHeader() {
		writeRow(new ArrayList<>(COLUMNS));
	}

	void write(Incident incident) {
		List<String> perpetrators = names(incident.actors(), ActorRole.PERPETRATOR);
		List<String> targets = names(incident.actors(), ActorRole.TARGET);
		int decimals = IncidentFeatureWriter.decimals(incident.geoPrecision());
		List<String> row = new ArrayList<>(COLUMNS.size());
		row.add(CountryCodes.alpha3(incident.country()) + incident.id());
		row.add(String.valueOf(incident.date()));
		row.add(String.valueOf(incident.date().getYear()));
		row.add(String.valueOf(incident.timePrecision()));
		row.add(text(incident.eventType()));
		row.add(text(incident.subEventType()));
		row.add(text(first(perpetrators)));
		row.add(text(rest(perpetrators)));
		row.add(text(first(targets)));
		row.add(text(rest(targets)));
		row.add(text(incident.country()));
		row.add(text(incident.admin1()));
		row.add(text(incident.place()));
		row.add(IncidentFeatureWriter.round(incident.latitude(), decimals).toPlainString());
		row.add(IncidentFeatureWriter.round(incident.longitude(), decimals).toPlainString());
		row.add(String.valueOf(incident.geoPrecision()));
		row.add(text(sourceNames(incident.sources())));
		row.add(text(incident.summary()));
		row.add(value(incident.killed()));
		row.add(String.valueOf(incident.dateEnd()));
		row.add(text(incident.datePrecision()));
		row.add(text(incident.placeId()));
		row.add(text(incident.locationPrecision()));
		row.add(min(incident.killed()));
		row.add(max(incident.killed()));
		row.add(value(incident.wounded()));
		row.add(min(incident.wounded()));
		row.add(max(incident.wounded()));
		row.add(text(incident.weapon()));
		row.add(text(actors(incident.actors())));
		row.add(text(incident.grade()));
		row.add(String.valueOf(incident.historical()));
		row.add(text(sourceUrls(incident.sources())));
		row.add(String.valueOf(incident.id()));
		writeRow(row);
	}

	/**
	 * A text cell made safe for spreadsheets: null becomes empty, and a leading formula
	 * character is neutralised.
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

	/** One RFC 4180 field: quoted when it holds a comma, quote or line break. */
	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	private void writeRow(List<String> cells) {
		StringBuilder line = new StringBuilder(256);
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(cells.get(i)));
		}
		line.append("\r\n");
		try {
			this.out.write(line.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> names(List<Actor> actors, ActorRole role) {
		return actors.stream().filter((actor) -> actor.role() == role).map(Actor::name).distinct().toList();
	}

	private static String first(List<String> names) {
		return names.isEmpty() ? null : names.get(0);
	}

	private static String rest(List<String> names) {
		return (names.size() < 2) ? null : String.join(SEPARATOR, names.subList(1, names.size()));
	}

	private static String actors(List<Actor> actors) {
		return actors.stream()
			.map((actor) -> actor.name() + " (" + lower(actor.role().name()) + ", " + lower(actor.attribution().name())
					+ ")")
			.collect(Collectors.joining(SEPARATOR));
	}

	private static String sourceNames(List<Source> sources) {
		return sources.stream()
			.map((source) -> (source.title() != null && !source.title().isBlank()) ? source.title() : source.document())
			.filter((name) -> name != null && !name.isBlank())
			.distinct()
			.collect(Collectors.joining(SEPARATOR));
	}

	private static String sourceUrls(List<Source> sources) {
		// Space-separated: a URL may hold ';' or ',' but never a space.
		return sources.stream()
			.map(Source::url)
			.filter((url) -> url != null && !url.isBlank())
			.distinct()
			.collect(Collectors.joining(" "));
	}

	private static String lower(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

	private static String value(Count count) {
		return (count != null) ? String.valueOf(count.value()) : "";
	}

	private static String min(Count count) {
		return (count != null) ? String.valueOf(count.min()) : "";
	}

	private static String max(Count count) {
		return (count != null && count.max() != null) ? String.valueOf(count.max()) : "";
	}

}
