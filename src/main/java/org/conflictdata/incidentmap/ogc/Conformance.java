package org.conflictdata.incidentmap.ogc;

import java.util.List;

/**
 * The OGC conformance classes this service implements, as the URIs clients look for in
 * {@code /ogc/conformance}. Only classes whose requirements the code meets are listed;
 * FEATURES.md says what each covers and where it stops.
 */
final class Conformance {

	static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";

	static final String GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";

	static final String OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";

	static final String QUERYABLES = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables";

	static final String QUERYABLES_QUERY_PARAMETERS = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters";

	static final String FILTER = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter";

	static final String FEATURES_FILTER = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter";

	static final String CQL2_TEXT = "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text";

	static final String BASIC_CQL2 = "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2";

	static final String ADVANCED_COMPARISON_OPERATORS = "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators";

	static final String BASIC_SPATIAL_FUNCTIONS = "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions";

	static final String BASIC_SPATIAL_FUNCTIONS_PLUS = "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus";

	static final List<String> ALL = List.of(CORE, GEOJSON, OAS30, QUERYABLES, QUERYABLES_QUERY_PARAMETERS, FILTER,
			FEATURES_FILTER, CQL2_TEXT, BASIC_CQL2, ADVANCED_COMPARISON_OPERATORS, BASIC_SPATIAL_FUNCTIONS,
			BASIC_SPATIAL_FUNCTIONS_PLUS);

	/** The CRS of every geometry served: WGS 84 longitude, latitude. */
	static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

	static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

	private Conformance() {
	}

}
