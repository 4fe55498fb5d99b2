package org.conflictdata.incidentmap.incident.filter;

import org.conflictdata.incidentmap.incident.PropertyFilter;

/**
 * The incident's geometry intersects a lon/lat geometry (EPSG:4326), given as WKT, e.g.
 * {@code POLYGON((44 33, 44.6 33, 44.6 33.7, 44 33.7, 44 33))}. The WKT is only carried:
 * whoever builds this record checks it is valid (the CQL2 parser reads it with JTS), and
 * the store binds it as a parameter. Blank text is rejected.
 *
 * @param wkt the other geometry as well-known text
 */
public record Intersects(String wkt) implements PropertyFilter {

	public Intersects {
		if (wkt == null || wkt.isBlank()) {
			throw new IllegalArgumentException("S_INTERSECTS needs a geometry");
		}
	}

}
