package org.conflictdata.incidentmap.ogc.cql;

/**
 * A CQL2 text filter that cannot be used: malformed, naming an unknown property, or
 * comparing a property with the wrong kind of value. Carries the 1-based character
 * position the problem was found at, which the message also states.
 */
public class CqlException extends RuntimeException {

	private final int position;

	public CqlException(String reason, int position) {
		super(reason + " at position " + position);
		this.position = position;
	}

	/** 1-based character position in the filter text. */
	public int position() {
		return this.position;
	}

}
