package org.conflictdata.incidentmap.ogc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.conflictdata.incidentmap.api.BadParameterException;

/**
 * The days an OGC {@code datetime} parameter selects. It accepts an instant
 * ({@code 2020-03-11} or an RFC 3339 date-time such as {@code 2020-03-11T00:00:00Z}), a
 * closed interval {@code start/end}, and half-open intervals with {@code ..} or an empty
 * end ({@code ../2020-01-01}, {@code 2020-01-01/}). Incidents are dated to the day, so a
 * date-time selects its UTC day. Either bound may be null (open). Anything else, or a
 * start after the end, is a {@link BadParameterException} for {@code datetime}.
 *
 * @param start first day, or null
 * @param end last day, or null
 */
record DayRange(LocalDate start, LocalDate end) {

	static DayRange parse(String text) {
		String value = text.trim();
		int slash = value.indexOf('/');
		if (slash < 0) {
			LocalDate day = day(value, value);
			if (day == null) {
				throw bad(value, "an instant cannot be open ('..')");
			}
			return new DayRange(day, day);
		}
		if (value.indexOf('/', slash + 1) >= 0) {
			throw bad(value, "an interval has one '/'");
		}
		LocalDate start = day(value.substring(0, slash), value);
		LocalDate end = day(value.substring(slash + 1), value);
		if (start == null && end == null) {
			throw bad(value, "at least one end of the interval must be given");
		}
		if (start != null && end != null && start.isAfter(end)) {
			throw bad(value, "the interval starts after it ends");
		}
		return new DayRange(start, end);
	}

	private static LocalDate day(String bound, String whole) {
		String text = bound.trim();
		if (text.isEmpty() || text.equals("..")) {
			return null;
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text);
			}
			return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeException ex) {
			throw bad(whole, "'" + text + "' is not a date (YYYY-MM-DD) or RFC 3339 date-time");
		}
	}

	private static BadParameterException bad(String value, String reason) {
		return new BadParameterException(FeaturesRequest.DATETIME, "'" + value + "': " + reason);
	}

}
