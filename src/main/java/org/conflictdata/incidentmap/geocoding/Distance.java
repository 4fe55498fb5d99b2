package org.conflictdata.incidentmap.geocoding;

/**
 * Great-circle distance between gazetteer places on a spherical Earth (haversine, mean
 * radius 6371.0088 km), good to about 0.5 % — plenty for "is this base near that town".
 * Null places are a programming error and throw {@link NullPointerException}.
 */
public final class Distance {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	private Distance() {
	}

	public static double km(Place a, Place b) {
		return km(a.longitude(), a.latitude(), b.longitude(), b.latitude());
	}

	/** Distance in kilometres between two lon/lat points in degrees. */
	public static double km(double lon1, double lat1, double lon2, double lat2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
