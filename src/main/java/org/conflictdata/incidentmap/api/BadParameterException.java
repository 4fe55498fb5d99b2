package org.conflictdata.incidentmap.api;

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

	public String parameter() {
		return this.parameter;
	}

}
