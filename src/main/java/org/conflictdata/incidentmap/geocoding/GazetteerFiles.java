package org.conflictdata.incidentmap.geocoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the two gazetteer files: the curated {@code gazetteer.json} and the GeoNames
 * extract {@code places-geonames.tsv} (formats in geo/README.md). A missing resource or a
 * malformed JSON file is an {@link IllegalStateException} naming the resource, since the
 * geocoder is useless without its gazetteer; a malformed TSV row (too few columns,
 * unparsable number, unknown kind) is skipped, and a row without the optional
 * {@code aliases} column has no aliases.
 */
final class GazetteerFiles {

	static final String CURATED = "geo/gazetteer.json";

	static final String GEONAMES = "geo/places-geonames.tsv";

	private static final int TSV_COLUMNS = 9;

	private GazetteerFiles() {
	}

	/** One curated entry as written in gazetteer.json. */
	record CuratedEntry(String id, String name, List<String> aliases, PlaceKind kind, String country, String admin1,
			double longitude, double latitude, String source, List<String> contextAliases) {

		CuratedEntry {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
			contextAliases = (contextAliases != null) ? List.copyOf(contextAliases) : List.of();
		}

		Place toPlace() {
			return new Place(this.id, this.name, this.aliases, this.kind, this.country, this.admin1, this.longitude,
					this.latitude, this.source);
		}

	}

	record CuratedFile(String description, List<CuratedEntry> places) {

	}

	static List<CuratedEntry> readCurated(ClassLoader loader, String resource) {
		JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = open(loader, resource)) {
			CuratedFile file = mapper.readValue(in, CuratedFile.class);
			return (file.places() != null) ? file.places() : List.of();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read gazetteer " + resource + ": " + ex.getMessage(), ex);
		}
	}

	/** GeoNames places, most populous first, so that lookups can keep the first hit. */
	static List<Place> readGeoNames(ClassLoader loader, String resource) {
		record Row(Place place, long population) {
		}
		List<Row> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(open(loader, resource), StandardCharsets.UTF_8))) {
			String line = reader.readLine();
			while ((line = reader.readLine()) != null) {
				String[] cells = line.split("\t", -1);
				if (cells.length < TSV_COLUMNS) {
					continue;
				}
				try {
					Place place = new Place(cells[0], cells[1], aliases(cells), PlaceKind.valueOf(cells[2]), cells[3],
							cells[4].isEmpty() ? null : cells[4], Double.parseDouble(cells[5]),
							Double.parseDouble(cells[6]), "GeoNames " + cells[0].substring(cells[0].indexOf(':') + 1));
					rows.add(new Row(place, Long.parseLong(cells[7])));
				}
				catch (IllegalArgumentException ex) {
					// A broken row costs one town, not the whole gazetteer.
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		rows.sort(Comparator.comparingLong(Row::population).reversed());
		return rows.stream().map(Row::place).toList();
	}

	/**
	 * The optional tenth column: GeoNames alternate names in Latin script, separated by
	 * {@code |}; a file without the column gives no aliases.
	 */
	private static List<String> aliases(String[] cells) {
		if (cells.length <= TSV_COLUMNS || cells[TSV_COLUMNS].isBlank()) {
			return List.of();
		}
		return List.of(cells[TSV_COLUMNS].split("\\|"));
	}

	private static InputStream open(ClassLoader loader, String resource) {
		InputStream in = loader.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Gazetteer resource not on the classpath: " + resource);
		}
		return in;
	}

}
