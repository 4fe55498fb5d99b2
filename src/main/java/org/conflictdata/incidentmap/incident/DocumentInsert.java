package org.conflictdata.incidentmap.incident;

/**
 * The outcome of storing a document: its id, and whether it was new ({@code created}) or
 * already stored with the same content hash.
 *
 * @param id the document's id
 * @param created true when this call stored it
 */
public record DocumentInsert(long id, boolean created) {
}
