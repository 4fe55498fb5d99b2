package org.conflictdata.incidentmap.incident.filter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Checks the literal values a filter may carry against the queryable they are compared
 * with: text with text, whole or decimal numbers with integers, {@link LocalDate} with
 * dates, booleans with booleans. Anything else (null, other Java types, a number for a
 * date) is rejected with an {@link IllegalArgumentException} that names the property.
 */
public final class Literals {

	private Literals() {
	}

	/** Rejects {@code value} unless it is a literal of the queryable's type. */
	public static void check(Queryable property, Object value) {
		if (!accepts(property.type(), value)) {
			throw new IllegalArgumentException("property '" + property.property() + "' holds "
					+ describe(property.type()) + ", so it cannot be compared with " + describe(value));
		}
	}

	/** Whether a queryable of this type can be compared with {@code value}. */
	public static boolean accepts(Queryable.Type type, Object value) {
		return switch (type) {
			case TEXT -> value instanceof String;
			case INTEGER -> value instanceof Long || value instanceof BigDecimal;
			case DATE -> value instanceof LocalDate;
			case BOOLEAN -> value instanceof Boolean;
			case GEOMETRY -> false;
		};
	}

	/** The type in words, for error messages. */
	public static String describe(Queryable.Type type) {
		return switch (type) {
			case TEXT -> "text";
			case INTEGER -> "whole numbers";
			case DATE -> "dates (write DATE('YYYY-MM-DD'))";
			case BOOLEAN -> "true or false";
			case GEOMETRY -> "a geometry (use S_INTERSECTS)";
		};
	}

	private static String describe(Object value) {
		if (value instanceof String) {
			return "text";
		}
		if (value instanceof Long || value instanceof BigDecimal) {
			return "a number";
		}
		if (value instanceof LocalDate) {
			return "a date";
		}
		if (value instanceof Instant) {
			return "a timestamp";
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		return (value == null) ? "null" : "a " + value.getClass().getSimpleName();
	}

}
