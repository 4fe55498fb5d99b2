package org.conflictdata.incidentmap.incident;

/**
 * A lon/lat box (EPSG:4326), west/south/east/north. The constructor rejects NaN,
 * out-of-range and inverted boxes with an {@link IllegalArgumentException} that says
 * which bound is wrong; boxes crossing the antimeridian are not supported.
 *
 * @param minLon west edge, -180..180
 * @param minLat south edge, -90..90
 * @param maxLon east edge, -180..180, not less than minLon
 * @param maxLat north edge, -90..90, not less than minLat
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

	public BoundingBox {
		check("minLon", minLon, 180);
		check("maxLon", maxLon, 180);
		check("minLat", minLat, 90);
		check("maxLat", maxLat, 90);
		if (minLon > maxLon) {
			throw new IllegalArgumentException("minLon " + minLon + " is east of maxLon " + maxLon);
		}
		if (minLat > maxLat) {
			throw new IllegalArgumentException("minLat " + minLat + " is north of maxLat " + maxLat);
		}
	}

	/**
	 * Parses {@code minLon,minLat,maxLon,maxLat}.
	 * @throws IllegalArgumentException when the text is not four finite numbers forming a
	 * box
	 */
	public static BoundingBox parse(String text) {
		String[] parts = text.split(",", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("expected minLon,minLat,maxLon,maxLat but got " + parts.length + " value"
					+ ((parts.length == 1) ? "" : "s"));
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number");
			}
		}
		return new BoundingBox(values[0], values[1], values[2], values[3]);
	}

	/**
	 * Degrees a box must span on each side before it can hold an incident placed only at
	 * region level.
	 */
	public static final double REGION_DEGREES = 2.0;

	/**
	 * True when the box is at least {@link #REGION_DEGREES} on each side, about a
	 * province. Smaller boxes do not claim incidents known only to lie somewhere in a
	 * province or country, whose point is just a representative one.
	 */
	public boolean holdsARegion() {
		return this.maxLon - this.minLon >= REGION_DEGREES && this.maxLat - this.minLat >= REGION_DEGREES;
	}

	public boolean contains(double lon, double lat) {
		return lon >= this.minLon && lon <= this.maxLon && lat >= this.minLat && lat <= this.maxLat;
	}

	private static void check(String name, double value, double limit) {
		if (Double.isNaN(value) || Double.isInfinite(value) || value < -limit || value > limit) {
			throw new IllegalArgumentException(name + " must be a number from " + -limit + " to " + limit);
		}
	}

}
