package org.conflictdata.incidentmap.extraction;

/**
 * The side an actor is on in one incident: who acted (ACLED's actor1) or who was acted
 * upon (actor2).
 */
public enum ActorRole {

	PERPETRATOR, TARGET

}
