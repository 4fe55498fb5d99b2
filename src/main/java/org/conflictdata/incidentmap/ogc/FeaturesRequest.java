package org.conflictdata.incidentmap.ogc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictdata.incidentmap.api.BadParameterException;
import org.conflictdata.incidentmap.incident.BoundingBox;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.PropertyFilter;
import org.conflictdata.incidentmap.incident.filter.And;
import org.conflictdata.incidentmap.incident.filter.Comparison;
import org.conflictdata.incidentmap.incident.filter.ComparisonOperator;
import org.conflictdata.incidentmap.incident.filter.Queryable;
import org.conflictdata.incidentmap.ogc.cql.CqlException;
import org.conflictdata.incidentmap.ogc.cql.CqlParser;

/**
 * The query parameters of {@code /ogc/collections/incidents/items}, checked and turned
 * into an {@link IncidentQuery}. {@code limit} defaults to 10 and values above 10000 are
 * clamped to 10000; a limit below 1, a negative offset, a malformed bbox, datetime or
 * filter, a CRS other than CRS84, a filter language other than cql2-text, a parameter
 * given twice and any parameter the API does not define are each a
 * {@link BadParameterException} naming the parameter. A queryable's name used as a
 * parameter ({@code ?country=Iraq}) selects features whose property equals the value.
 *
 * @param query the incident query, paged
 * @param limit the page size after clamping
 * @param offset features skipped
 */
record FeaturesRequest(IncidentQuery query, int limit, int offset) {

	static final String F = "f";

	static final String LIMIT = "limit";

	static final String OFFSET = "offset";

	static final String BBOX = "bbox";

	static final String BBOX_CRS = "bbox-crs";

	static final String DATETIME = "datetime";

	static final String FILTER = "filter";

	static final String FILTER_LANG = "filter-lang";

	static final String FILTER_CRS = "filter-crs";

	static final String CQL2_TEXT = "cql2-text";

	static final int DEFAULT_LIMIT = 10;

	static final int MAX_LIMIT = 10000;

	static final Set<String> PARAMETERS = Set.of(F, LIMIT, OFFSET, BBOX, BBOX_CRS, DATETIME, FILTER, FILTER_LANG,
			FILTER_CRS);

	static FeaturesRequest parse(Map<String, String[]> parameters) {
		for (String name : parameters.keySet()) {
			if (!PARAMETERS.contains(name) && propertyParameter(name).isEmpty()) {
				throw new BadParameterException(name, "is not a parameter of this operation");
			}
		}
		OgcFormat.check(single(parameters, F));
		int limit = limit(single(parameters, LIMIT));
		int offset = offset(single(parameters, OFFSET));
		BoundingBox bbox = BadParameterException.bbox(BBOX, single(parameters, BBOX));
		crs(BBOX_CRS, single(parameters, BBOX_CRS));
		crs(FILTER_CRS, single(parameters, FILTER_CRS));
		String datetime = single(parameters, DATETIME);
		DayRange days = (datetime != null) ? DayRange.parse(datetime) : new DayRange(null, null);
		PropertyFilter filter = filter(parameters);
		IncidentQuery query = new IncidentQuery(days.start(), days.end(), bbox, null, null, null, null, null, null,
				null, true, filter, limit, offset);
		return new FeaturesRequest(query, limit, offset);
	}

	private static int limit(String text) {
		if (text == null) {
			return DEFAULT_LIMIT;
		}
		long value = whole(LIMIT, text);
		if (value < 1) {
			throw new BadParameterException(LIMIT, "must be at least 1 but was " + value);
		}
		return (int) Math.min(value, MAX_LIMIT);
	}

	private static int offset(String text) {
		if (text == null) {
			return 0;
		}
		long value = whole(OFFSET, text);
		if (value < 0 || value > Integer.MAX_VALUE) {
			throw new BadParameterException(OFFSET, "must be from 0 to " + Integer.MAX_VALUE + " but was " + value);
		}
		return (int) value;
	}

	private static long whole(String name, String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadParameterException(name, "'" + text + "' is not a whole number");
		}
	}

	private static void crs(String name, String value) {
		if (value != null && !value.trim().equals(Conformance.CRS84)) {
			throw new BadParameterException(name, "only " + Conformance.CRS84 + " is supported");
		}
	}

	private static PropertyFilter filter(Map<String, String[]> parameters) {
		List<PropertyFilter> conditions = new ArrayList<>();
		String language = single(parameters, FILTER_LANG);
		if (language != null && !language.trim().equals(CQL2_TEXT)) {
			throw new BadParameterException(FILTER_LANG, "only " + CQL2_TEXT + " is supported");
		}
		String cql = single(parameters, FILTER);
		if (cql != null) {
			try {
				conditions.add(CqlParser.parse(cql));
			}
			catch (CqlException ex) {
				throw new BadParameterException(FILTER, ex.getMessage());
			}
		}
		for (String name : parameters.keySet()) {
			Optional<Queryable> property = propertyParameter(name);
			if (property.isPresent()) {
				conditions.add(equality(property.get(), single(parameters, name)));
			}
		}
		return switch (conditions.size()) {
			case 0 -> null;
			case 1 -> conditions.get(0);
			default -> new And(conditions);
		};
	}

	/** The queryable a parameter of this name filters on; geometry has bbox instead. */
	static Optional<Queryable> propertyParameter(String name) {
		return Queryable.named(name).filter((queryable) -> queryable.type() != Queryable.Type.GEOMETRY);
	}

	private static Comparison equality(Queryable property, String text) {
		Object value;
		try {
			value = switch (property.type()) {
				case INTEGER -> Long.parseLong(text.trim());
				case DATE -> LocalDate.parse(text.trim());
				case BOOLEAN -> bool(text);
				default -> text;
			};
		}
		catch (NumberFormatException | DateTimeException ex) {
			throw new BadParameterException(property.property(), "'" + text + "' is not a valid value");
		}
		return new Comparison(property, ComparisonOperator.EQUAL, value);
	}

	private static Boolean bool(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new NumberFormatException();
		};
	}

	/** The parameter's one value, null when absent; given twice is an error. */
	static String single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw new BadParameterException(name, "is given " + values.length + " times");
		}
		return values[0];
	}

}
