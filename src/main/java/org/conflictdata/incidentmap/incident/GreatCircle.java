package org.conflictdata.incidentmap.incident;

/**
 * Great-circle distance between two lon/lat points on a spherical Earth (haversine, mean
 * radius 6371.0088 km), good to about 0.5 % — far finer than the 25–50 km tolerances it
 * is used with. Coordinates are taken as given; NaN in gives NaN out.
 */
public final class GreatCircle {

	/** Mean Earth radius in kilometres (IUGG). */
	public static final double EARTH_RADIUS_KM = 6371.0088;

	private GreatCircle() {
	}

	/** Distance in kilometres between (lon1, lat1) and (lon2, lat2), in degrees. */
	public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
	}

}
