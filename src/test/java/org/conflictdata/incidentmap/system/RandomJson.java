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

	private RandomJson() {
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
