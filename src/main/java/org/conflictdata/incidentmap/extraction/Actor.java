package org.conflictdata.incidentmap.extraction;

/**
 * A named actor in an incident, with its role and how firmly the text attributes it.
 *
 * @param name canonical actor name, e.g. "Kataib Hezbollah", "United States", "Israel"
 * @param role perpetrator or target
 * @param attribution claimed, stated or suspected
 */
public record Actor(String name, ActorRole role, Attribution attribution) {
}
