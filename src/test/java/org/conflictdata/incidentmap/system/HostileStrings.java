package org.conflictdata.incidentmap.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded source of hostile request values for the fuzz tests: a fixed catalogue of the
 * classic attacks and edge cases (SQL and CQL2 injection, markup, NUL, numbers that do
 * not fit, very long text, bidirectional and zero-width characters, path traversal,
 * invalid UTF-8 in percent-encoding) mixed with random text built from every kind of
 * character. Values come out ready to put in a query string: percent-encoded, except the
 * deliberately invalid encodings, which are passed as they are. The same seed gives the
 * same values, so a failure can be replayed.
 */
final class HostileStrings {

	/** Plain values, percent-encoded before they are sent. */
	static final List<String> CATALOGUE = List.of("' OR 1=1 --", "'; DROP TABLE incidents; --",
			"1; DELETE FROM documents", "\" OR \"\"=\"", "1) OR (1=1", "%' OR '%'='", "\\", "\\'", "%", "_",
			"event_type = 'x' OR 1=1", "killed > 1e309", "S_INTERSECTS(geom, POLYGON((0 0, 1 0, 1 1, 0 0)))",
			"T_AFTER(date, TIMESTAMP('2020-01-01T00:00:00Z'))", "place LIKE '%' ESCAPE '\\'",
			"NOT NOT NOT NOT NOT killed = 1", "a = b AND", "(((", ")))", "\"place\" = 'K-1'",
			"CASEI(place) = casei('camp taji')", "killed IN (1,2,3", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "data:text/html,<b>x</b>", "\0", "a\0b", "1e309",
			"-1e309", "-0", "0", "-1", "NaN", "Infinity", "-Infinity", "9223372036854775808", "-9223372036854775809",
			"2147483648", "0x10", "1.5", "00000000000000000000000001", "", " ", "\t\r\n", "true", "null", "undefined",
			"[]", "{}", "{\"$gt\": \"\"}", "..", "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "/etc/passwd",
			"C:\\Windows\\win.ini", "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "\uD800", "\uDFFF\uD800", "\uFFFD",
			"𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "مرحبا", "2020-02-30", "2020-13-01", "0000-00-00", "99999-01-01", "-999999999-01-01",
			"2020-01-01/..", "../2020-01-01", "../..", "2020-01-01T25:00:00Z", "2020-01-01/2019-01-01",
			"-180,-90,180,90", "180,90,-180,-90", "1,2,3", "1,2,3,4,5,6", "1,2,3,4,5", "NaN,NaN,NaN,NaN", "1e309,0,1,1",
			"-0,-0,-0,-0", ",,,", "a,b,c,d", "day", "week", "month", "year", "decade", "json", "html", "xml", "geojson",
			"csv", "incidents", "INCIDENTS", "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
			"http://www.opengis.net/def/crs/EPSG/0/9999", "cql2-text", "cql2-json", "Explosions/Remote violence",
			"${jndi:ldap://127.0.0.1/x}", "#{7*7}", "{{7*7}}", "%s%s%s%n", "A".repeat(10_000),
			"(".repeat(3_000) + "killed = 1" + ")".repeat(3_000), "NOT ".repeat(2_000) + "killed = 1",
			"killed = 1 AND ".repeat(500) + "killed = 1", "1".repeat(400));

	/**
	 * Already percent-encoded values that are not valid UTF-8 once decoded, sent as they
	 * are.
	 */
	static final List<String> INVALID_ENCODINGS = List.of("%C3%28", "%FF", "%FE%FF", "%C0%AF", "%E0%80%AF", "%ED%A0%80",
			"%F4%90%80%80", "%80", "%C3", "abc%E2%82", "%00", "%25%FF");

	private static final int[] CODE_POINT_RANGES = { 0x00, 0x1F, 0x20, 0x7E, 0x7F, 0x9F, 0xA0, 0x24F, 0x590, 0x6FF,
			0x200B, 0x202E, 0x4E00, 0x4E80, 0xFFF0, 0xFFFF, 0x1F300, 0x1F6FF };

	private final Random random;

	HostileStrings(long seed) {
		this.random = new Random(seed);
	}

	/** The next value, ready for a query string. */
	String nextEncoded() {
		int pick = this.random.nextInt(10);
		if (pick < 5) {
			return encode(CATALOGUE.get(this.random.nextInt(CATALOGUE.size())));
		}
		if (pick < 7) {
			return INVALID_ENCODINGS.get(this.random.nextInt(INVALID_ENCODINGS.size()));
		}
		return encode(nextRandomText(1 + this.random.nextInt(this.random.nextBoolean() ? 12 : 300)));
	}

	/** A plain (not encoded) value: catalogue entry or random text. */
	String nextPlain() {
		return this.random.nextBoolean() ? CATALOGUE.get(this.random.nextInt(CATALOGUE.size()))
				: nextRandomText(1 + this.random.nextInt(200));
	}

	/**
	 * Random text whose characters are drawn from control, ASCII, Latin, RTL, CJK and
	 * emoji ranges.
	 */
	String nextRandomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int range = this.random.nextInt(CODE_POINT_RANGES.length / 2) * 2;
			int low = CODE_POINT_RANGES[range];
			int high = CODE_POINT_RANGES[range + 1];
			text.appendCodePoint(low + this.random.nextInt(high - low + 1));
		}
		return text.toString();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	boolean nextBoolean() {
		return this.random.nextBoolean();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
