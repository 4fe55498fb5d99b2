package org.conflictdata.incidentmap.ogc;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code GET /ogc/collections/{collectionId}}: a feature collection's
 * metadata. {@code extent} is null, and left out, when the collection holds no features.
 *
 * @param id collection id
 * @param title title
 * @param description description
 * @param links self, items, queryables
 * @param extent where and when the features lie, or null
 * @param itemType always {@code feature}
 * @param crs the CRSs geometries can be served in (CRS84 only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CollectionDocument(String id, String title, String description, List<Link> links, Extent extent, String itemType,
		List<String> crs) {

	/**
	 * @param spatial the lon/lat box
	 * @param temporal the time interval
	 */
	record Extent(Spatial spatial, Temporal temporal) {
	}

	/**
	 * @param bbox one box, {@code [minLon, minLat, maxLon, maxLat]}
	 * @param crs CRS84
	 */
	record Spatial(List<List<Double>> bbox, String crs) {
	}

	/**
	 * @param interval one interval of two RFC 3339 instants
	 * @param trs the Gregorian calendar
	 */
	record Temporal(List<List<String>> interval, String trs) {
	}

}
