package org.conflictdata.incidentmap.api;

import org.conflictdata.incidentmap.incident.BoundingBox;

/**
 * A request parameter that cannot be used, with its name and why; answered as a 400
 * problem+json whose {@code parameter} member names it.
 */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String reason) {
		super(reason);
		this.parameter = parameter;
	}

	/**
	 * Parses a {@code minLon,minLat,maxLon,maxLat} parameter, or returns null when it is
	 * absent.
	 * @throws BadParameterException naming {@code name} when the text is not a valid box
	 */
	public static BoundingBox bbox(String name, String text) {
		if (text == null) {
			return null;
		}
		try {
			return BoundingBox.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException(name, ex.getMessage());
		}
	}

	public String parameter() {
		return this.parameter;
	}

	/**
	 * A value as an error message quotes it: in single quotes, cut to 60 characters so
	 * that a huge or hostile value is not echoed back whole.
	 */
	public static String quote(Object value) {
		String text = String.valueOf(value);
		return "'" + ((text.length() > 60) ? text.substring(0, 60) + "…" : text) + "'";
	}

}
