package org.conflictdata.incidentmap.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.conflictdata.incidentmap.incident.BoundingBox;
import org.conflictdata.incidentmap.incident.IncidentQuery;

import org.springframework.util.MultiValueMap;

/**
 * Reads the API's incident filters ({@code start}, {@code end}, {@code bbox},
 * {@code event_type}, {@code sub_event_type}, {@code actor}, {@code country},
 * {@code place_id}, {@code q}, {@code min_killed}, {@code include_historical}) and paging
 * parameters from a request's query parameters into an {@link IncidentQuery}. An absent
 * or empty parameter means "no filter"; every malformed value, a parameter given twice,
 * and any parameter the endpoint does not know is a {@link BadParameterException} naming
 * it, because a mistyped filter silently ignored would return the wrong incidents.
 */
final class IncidentFilters {

	static final String START = "start";

	static final String END = "end";

	static final String BBOX = "bbox";

	static final String EVENT_TYPE = "event_type";

	static final String SUB_EVENT_TYPE = "sub_event_type";

	static final String ACTOR = "actor";

	static final String COUNTRY = "country";

	static final String PLACE_ID = "place_id";

	static final String TEXT = "q";

	static final String MIN_KILLED = "min_killed";

	static final String INCLUDE_HISTORICAL = "include_historical";

	static final String LIMIT = "limit";

	static final String OFFSET = "offset";

	/** The filter parameters every incident endpoint accepts. */
	static final List<String> FILTERS = List.of(START, END, BBOX, EVENT_TYPE, SUB_EVENT_TYPE, ACTOR, COUNTRY, PLACE_ID,
			TEXT, MIN_KILLED, INCLUDE_HISTORICAL);

	/** Longest text filter accepted; longer values are typing accidents or abuse. */
	static final int MAX_TEXT_LENGTH = 200;

	private IncidentFilters() {
	}

	/**
	 * The filters in {@code params} as a query without a limit, after checking that every
	 * parameter is a filter or one of {@code alsoAllowed}.
	 * @throws BadParameterException naming the first unusable parameter
	 */
	static IncidentQuery parse(MultiValueMap<String, String> params, String... alsoAllowed) {
		rejectUnknown(params, alsoAllowed);
		LocalDate start = date(params, START);
		LocalDate end = date(params, END);
		if (start != null && end != null && start.isAfter(end)) {
			throw new BadParameterException(START, start + " is after end " + end);
		}
		return new IncidentQuery(start, end, bbox(params), text(params, EVENT_TYPE), text(params, SUB_EVENT_TYPE),
				text(params, ACTOR), text(params, COUNTRY), text(params, PLACE_ID), text(params, TEXT),
				integer(params, MIN_KILLED, null, 0, Integer.MAX_VALUE), bool(params, INCLUDE_HISTORICAL, false), null,
				null, 0);
	}

	/**
	 * The whole number in parameter {@code name}, or {@code fallback} when it is absent.
	 * @throws BadParameterException when it is not a whole number from {@code min} to
	 * {@code max}
	 */
	static Integer integer(MultiValueMap<String, String> params, String name, Integer fallback, int min, int max) {
		String text = single(params, name);
		if (text == null) {
			return fallback;
		}
		int value;
		try {
			value = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new BadParameterException(name,
					BadParameterException.quote(text) + " is not a whole number from " + min + " to " + max);
		}
		if (value < min || value > max) {
			throw new BadParameterException(name, "must be from " + min + " to " + max + " but was " + value);
		}
		return value;
	}

	/**
	 * The trimmed value of parameter {@code name}, or null when it is absent or empty.
	 * @throws BadParameterException when it is given more than once
	 */
	static String single(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new BadParameterException(name, "is given " + values.size() + " times; give it once");
		}
		String value = (values.get(0) != null) ? values.get(0).trim() : "";
		return value.isEmpty() ? null : value;
	}

	private static void rejectUnknown(MultiValueMap<String, String> params, String... alsoAllowed) {
		Set<String> allowed = new LinkedHashSet<>(FILTERS);
		allowed.addAll(List.of(alsoAllowed));
		for (String name : params.keySet()) {
			if (!allowed.contains(name)) {
				throw new BadParameterException(name, "is not a parameter of this endpoint; use one of " + allowed);
			}
		}
	}

	private static LocalDate date(MultiValueMap<String, String> params, String name) {
		String text = single(params, name);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(name,
					BadParameterException.quote(text) + " is not a calendar date in the form YYYY-MM-DD");
		}
	}

	private static BoundingBox bbox(MultiValueMap<String, String> params) {
		return BadParameterException.bbox(BBOX, single(params, BBOX));
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String text = single(params, name);
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new BadParameterException(name, "is longer than " + MAX_TEXT_LENGTH + " characters");
		}
		return text;
	}

	private static boolean bool(MultiValueMap<String, String> params, String name, boolean fallback) {
		String text = single(params, name);
		if (text == null) {
			return fallback;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default ->
				throw new BadParameterException(name, BadParameterException.quote(text) + " is neither true nor false");
		};
	}

}
