package org.conflictdata.incidentmap.extraction;

/**
 * How firmly a text ties an actor to an incident: the actor claimed it, a source states
 * it as fact, or it is only suspected / alleged / "likely".
 */
public enum Attribution {

	CLAIMED, STATED, SUSPECTED

}
