package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * {@code property [NOT] LIKE pattern} on a text property: {@code %} matches any run of
 * characters, {@code _} one character, and a backslash makes the next character literal.
 * The match is case-sensitive, as CQL2 specifies. A non-text property is rejected.
 *
 * @param property a text queryable
 * @param pattern the pattern
 * @param negated true for NOT LIKE
 */
public record Like(Queryable property, String pattern, boolean negated) implements PropertyFilter {

	public Like {
		if (property.type() != Queryable.Type.TEXT) {
			throw new IllegalArgumentException("LIKE needs a text property, and '" + property.property() + "' holds "
					+ Literals.describe(property.type()));
		}
		Literals.check(property, pattern);
	}

}
