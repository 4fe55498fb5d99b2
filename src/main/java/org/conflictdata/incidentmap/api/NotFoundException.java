package org.conflictdata.incidentmap.api;

/**
 * A resource (incident, collection, feature) that does not exist; answered as a 404
 * problem+json.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
