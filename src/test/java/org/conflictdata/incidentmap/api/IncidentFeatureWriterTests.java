package org.conflictdata.incidentmap.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinate rounding: the quick path must give exactly what rounding the decimal form of
 * the double gives, ties and whole numbers included.
 */
class IncidentFeatureWriterTests {

	@Test
	void shouldRoundCoordinatesExactlyAsTheirDecimalFormRoundsHalfUp() {
		List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 40.0, -40.0, 180.0, -180.0, 90.0, 44.125, -44.125,
				1.005, -1.005, 2.675, 44.000005, 33.3000049999, 0.5, -0.5, 1e-7, -2.5e-6, 999.9999995, 1000.0, 1000.5,
				12345.678905, Double.MIN_VALUE, 35.5142, 44.2813, 41.0123456));
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 40_000; i++) {
			values.add(random.nextDouble(-180, 180));
			// Values on a grid hit ties and near-ties in every decimal.
			values.add(random.nextInt(-18_000_000, 18_000_000) / 1e5 + random.nextInt(-1, 2) * 5e-6);
			values.add(random.nextInt(-180_000, 180_000) / 1000.0 + 0.0005);
		}
		for (double value : values) {
			for (int decimals = 0; decimals <= 7; decimals++) {
				BigDecimal expected = BigDecimal.valueOf(value)
					.setScale(Math.min(decimals, 6), RoundingMode.HALF_UP)
					.stripTrailingZeros();
				BigDecimal rounded = IncidentFeatureWriter.round(value, decimals);
				assertThat(rounded.toString()).as("%s to %d decimals", value, decimals).isEqualTo(expected.toString());
			}
		}
	}

	@Test
	void shouldRenameDocumentIdOnlyWhereItIsTheFirstKeyOfAnObject() {
		assertThat(renamed("[{\"documentId\":1,\"quote\":\"a\"},{\"documentId\":22,\"quote\":\"b\"}]"))
			.isEqualTo("[{\"document_id\":1,\"quote\":\"a\"},{\"document_id\":22,\"quote\":\"b\"}]");
		String quoted = "[{\"documentId\":1,\"quote\":\"{\\\"documentId\\\":2} and \\\"documentId\\\"\"}]";
		assertThat(renamed(quoted)).isEqualTo(quoted.replace("[{\"documentId\":1", "[{\"document_id\":1"));
		assertThat(renamed("[]")).isEqualTo("[]");
		assertThat(renamed("[{\"documentId\":1,\"title\":\"documentId\"}]")).isNull();
		assertThat(renamed("[{\"quote\":\"\\\"documentId\",\"documentId\":1}]")).isNull();
		assertThat(renamed("[ { \"documentId\" : 1 } ]")).isNull();
		assertThat(renamed("[{\"documentId\" :1}]")).isNull();
	}

	private static String renamed(String json) {
		byte[] renamed = IncidentFeatureWriter.renameDocumentId(json.getBytes(StandardCharsets.UTF_8));
		return (renamed != null) ? new String(renamed, StandardCharsets.UTF_8) : null;
	}

}
