package org.conflictdata.incidentmap.geocoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistanceTests {

	@Test
	void shouldBeZeroForTheSamePoint() {
		assertThat(Distance.km(44.4, 33.3, 44.4, 33.3)).isZero();
	}

	@Test
	void shouldMeasureOneDegreeOfLatitudeAsAbout111Kilometres() {
		assertThat(Distance.km(44.0, 33.0, 44.0, 34.0)).isCloseTo(111.2, within(0.5));
	}

	@Test
	void shouldMeasureBaghdadToDamascusAsAbout760Kilometres() {
		// Great-circle distance between the two city centres, GeoNames 98182 and 170654.
		assertThat(Distance.km(44.40088, 33.34058, 36.29128, 33.5102)).isCloseTo(753, within(15.0));
	}

	@Test
	void shouldBeSymmetric() {
		assertThat(Distance.km(40.92, 34.45, 41.09, 34.37)).isEqualTo(Distance.km(41.09, 34.37, 40.92, 34.45));
	}

}
