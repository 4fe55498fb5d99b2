package org.conflictdata.incidentmap.api;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.extraction.Count;
import org.conflictdata.incidentmap.incident.Incident;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV cells: RFC 4180 quoting, formula neutralising for text and none for numbers, and
 * ISO 3166 alpha-3 prefixes for {@code event_id_cnty}.
 */
class IncidentCsvWriterTests {

	@Test
	void shouldQuoteOnlyFieldsWithACommaQuoteOrLineBreak() {
		assertThat(IncidentCsvWriter.field("Camp Taji")).isEqualTo("Camp Taji");
		assertThat(IncidentCsvWriter.field("Taji, Baghdad")).isEqualTo("\"Taji, Baghdad\"");
		assertThat(IncidentCsvWriter.field("the \"Green Zone\"")).isEqualTo("\"the \"\"Green Zone\"\"\"");
		assertThat(IncidentCsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(IncidentCsvWriter.field("cr\r")).isEqualTo("\"cr\r\"");
	}

	@Test
	void shouldNeutraliseTextThatASpreadsheetWouldRunAsAFormula() {
		assertThat(IncidentCsvWriter.text("=1+1")).isEqualTo("'=1+1");
		assertThat(IncidentCsvWriter.text("+971 rockets")).isEqualTo("'+971 rockets");
		assertThat(IncidentCsvWriter.text("-Unknown")).isEqualTo("'-Unknown");
		assertThat(IncidentCsvWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(IncidentCsvWriter.text("\tcmd")).isEqualTo("'\tcmd");
		assertThat(IncidentCsvWriter.text("Rockets = fear")).isEqualTo("Rockets = fear");
		assertThat(IncidentCsvWriter.text(null)).isEmpty();
	}

	@Test
	void shouldWriteNegativeCoordinatesAsNumbersNotAsNeutralisedText() {
		StringWriter out = new StringWriter();
		Incident madrid = new Incident(7L, LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 2), "day", 1,
				"Explosions/Remote violence", "Grenade", "Madrid", "es-madrid", 1, "exact place", "Spain", "Madrid",
				-3.70379, 40.41678, List.of(), Count.exactly(0), null, null, "A grenade", "single source", false,
				Map.of(), List.of());

		new IncidentCsvWriter(out).write(madrid);

		assertThat(out.toString()).startsWith("ESP7,2020-02-02,2020,1,")
			.contains(",Madrid,Madrid,40.41678,-3.70379,1,,A grenade,0,")
			.endsWith(",7\r\n");
	}

	@Test
	void shouldPrefixEventIdsWithTheAlpha3CodeOrXxx() {
		assertThat(CountryCodes.alpha3("Iraq")).isEqualTo("IRQ");
		assertThat(CountryCodes.alpha3("syria")).isEqualTo("SYR");
		assertThat(CountryCodes.alpha3("United States")).isEqualTo("USA");
		assertThat(CountryCodes.alpha3("IR")).isEqualTo("IRN");
		assertThat(CountryCodes.alpha3("Atlantis")).isEqualTo("ZZZ");
		assertThat(CountryCodes.alpha3(null)).isEqualTo("ZZZ");
	}

}
