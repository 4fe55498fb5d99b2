package org.conflictdata.incidentmap.system;

import java.util.List;

/**
 * Random JSON-ish documents and request details for fuzzing the write endpoint: objects
 * whose members have every JSON type (and some near-JSON that is not), the content types
 * a careless or hostile client sends, and malformed authorisations. Uses the given seeded
 * {@link HostileStrings}, so a run can be replayed.
 */
final class RandomJson {

	static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=bogus",
			"application/json; charset=UTF-16", "application/json;;;", "*/*", "application/javascript",
			"application/json; charset=ISO-8859-1", "application/geo+json", "", "application/octet-stream",
			"text/html");

	private static final List<String> TRIGGERS = List.of("Rockets struck", "A drone strike hit",
			"A car bomb exploded in", "Gunmen attacked a checkpoint in", "Mortar rounds landed near",
			"Protesters stormed", "An explosion shook");

	private static final List<String> PLACES = List.of("Camp Taji", "Baghdad", "Kirkuk", "Al-Qa'im", "the Green Zone",
			"Amerli", "Nowhereville", "K-1", "Baghdad airport", "\u0628\u063a\u062f\u0627\u062f", "Erbil\u202e");

	private static final List<String> CASUALTIES = List.of("killing two soldiers", "wounding 1e309 people",
			"killing -0 civilians", "killing between 3 and 2 people", "", "wounding dozens",
			"killing 99999999999 people");

	private static final List<String> WHEN = List.of("on Monday", "on 31 February 2022", "in 2023", "", "last week",
			"on 3 May 2021", "yesterday", "in the year 99999", "on 1 January 2022 or 2 January 2022");

	private static final List<String> PUBLISHED = List.of("", "2023-05-01", "2022-12-31", "2021-06-15");

	private RandomJson() {
	}

	/**
	 * A posted article that reads like news, so it goes through extraction, geocoding and
	 * clustering: random reports of attacks at real and unknown places, with odd figures
	 * and dates (none before 2021, so it cannot merge into older stored incidents).
	 */
	static String newsArticle(HostileStrings values) {
		StringBuilder text = new StringBuilder();
		int sentences = 1 + values.nextInt(4);
		for (int i = 0; i < sentences; i++) {
			text.append(pick(values, TRIGGERS))
				.append(' ')
				.append(pick(values, PLACES))
				.append(' ')
				.append(pick(values, WHEN))
				.append(", ")
				.append(pick(values, CASUALTIES))
				.append(", officials said. ");
		}
		String published = pick(values, PUBLISHED);
		return "{\"text\": " + string(text.toString())
				+ (published.isEmpty() ? "" : ", \"published\": \"" + published + "\"") + "}";
	}

	private static String pick(HostileStrings values, List<String> choices) {
		return choices.get(values.nextInt(choices.size()));
	}

	/** A JSON object (sometimes broken on purpose), nested at most {@code depth} deep. */
	static String object(HostileStrings values, int depth) {
		StringBuilder json = new StringBuilder("{");
		int members = values.nextInt(5);
		for (int i = 0; i < members; i++) {
			if (i > 0) {
				json.append(',');
			}
			String name = switch (values.nextInt(6)) {
				case 0 -> "text";
				case 1 -> "title";
				case 2 -> "url";
				case 3 -> "published";
				default -> values.nextRandomText(1 + values.nextInt(8));
			};
			json.append(string(name)).append(':').append(value(values, depth - 1));
		}
		json.append('}');
		return switch (values.nextInt(12)) {
			case 0 -> json.substring(0, json.length() / 2);
			case 1 -> json + "}";
			case 2 -> "[" + json + "]";
			case 3 -> "[".repeat(5_000);
			default -> json.toString();
		};
	}

	/** A random Authorization header value, never the right one. */
	static String authorization(HostileStrings values, String token) {
		return switch (values.nextInt(6)) {
			case 0 -> null;
			case 1 -> "Bearer";
			case 2 -> "Bearer " + token + "x";
			case 3 -> "Basic " + token;
			case 4 -> "Bearer " + token.substring(0, token.length() - 1);
			default -> "Bearer " + HostileStrings.encode(values.nextRandomText(1 + values.nextInt(60)));
		};
	}

	private static String value(HostileStrings values, int depth) {
		int pick = values.nextInt((depth > 0) ? 12 : 9);
		return switch (pick) {
			case 0 -> "null";
			case 1 -> "true";
			case 2 -> "1e309";
			case 3 -> "-0";
			case 4 -> "12345678901234567890123456789";
			case 5 -> "NaN";
			case 6, 7, 8 -> string(values.nextPlain());
			case 9 -> "[" + value(values, depth - 1) + "," + value(values, depth - 1) + "]";
			default -> object(values, depth - 1);
		};
	}

	/**
	 * A JSON string literal for any text, lone surrogates and control characters
	 * included.
	 */
	static String string(String text) {
		StringBuilder literal = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				literal.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				literal.append(String.format("\\u%04x", (int) c));
			}
			else {
				literal.append(c);
			}
		}
		return literal.append('"').toString();
	}

}
