package org.conflictdata.incidentmap.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GenerateCommandTests {

	@Test
	void shouldReadOptionsWrittenWithSpacesOrEqualsSigns() {
		GenerateCommand.Options options = GenerateCommand.Options
			.parse(new String[] { "generate", "--count", "1000000", "--seed=7", "--batch", "20000" });

		assertThat(options).isEqualTo(new GenerateCommand.Options(1_000_000, 7, 20_000));
	}

	@Test
	void shouldLeaveSpringPropertiesToSpringAndDefaultSeedAndBatch() {
		GenerateCommand.Options options = GenerateCommand.Options
			.parse(new String[] { "--spring.datasource.url=jdbc:postgresql://localhost/x", "generate", "--count=10" });

		assertThat(options).isEqualTo(new GenerateCommand.Options(10, 1, 0));
	}

	@Test
	void shouldRejectAMissingOrNonPositiveCountAndUnknownOptions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GenerateCommand.Options.parse(new String[] { "generate" }))
			.withMessage("--count is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GenerateCommand.Options.parse(new String[] { "generate", "--count", "0" }))
			.withMessageContaining("at least 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GenerateCommand.Options.parse(new String[] { "generate", "--count", "many" }))
			.withMessageContaining("'many' is not a whole number");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GenerateCommand.Options.parse(new String[] { "generate", "--count", "5", "--fast" }))
			.withMessageContaining("--fast");
	}

	@Test
	void shouldDrawAProgressBarWithTheRate() {
		String bar = GenerateCommand.bar(500_000, 1_000_000, 2_000_000_000L);

		assertThat(bar).isEqualTo("[###############...............] 500000/1000000 250000 rows/s");
	}

}
