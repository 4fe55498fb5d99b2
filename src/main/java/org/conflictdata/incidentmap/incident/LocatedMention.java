package org.conflictdata.incidentmap.incident;

import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.geocoding.Location;

/**
 * A mention together with where the geocoder put it: the input of
 * {@link IncidentClusterer#draftAll}. The location may be unresolved; the mention is then
 * set aside, not dropped.
 *
 * @param mention the extracted mention
 * @param location the geocoder's answer for the mention's place context
 */
public record LocatedMention(IncidentMention mention, Location location) {
}
