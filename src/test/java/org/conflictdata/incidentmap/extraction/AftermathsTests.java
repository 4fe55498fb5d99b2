package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.conflictdata.incidentmap.extraction.EventClassifier.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class AftermathsTests {

	private static boolean anyReported(String sentence) {
		List<Trigger> triggers = EventClassifier.triggers(sentence);
		return triggers.stream().anyMatch((trigger) -> !NonEvents.isNonEvent(sentence, trigger));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"A court in Erbil convicted three men on Sunday over the 2021 rocket attack on the airport.",
			"A Baghdad court sentenced two militants to death on Monday for the car bomb that struck Karrada in 2016.",
			"Five men went on trial in Sulaimani on Tuesday in connection with the drone strike on the airport.",
			"Judges acquitted a police officer of the killing of a protester in Nasiriyah, lawyers said.",
			"The criminal court jailed four men for life for their role in the ambush on a patrol near Tarmiyah.",
			"A suspect was found guilty on Wednesday of planting the roadside bomb that killed two soldiers.",
			"Prosecutors charged a former officer with the shooting of demonstrators in Tahrir Square.",
			"The trial of the men accused of the suicide bombing in Khalis opened on Sunday.",
			"An appeals court upheld the verdict against a militant convicted over the mortar attack on the camp.",
			"Two members of the cell were sentenced to hang for the bombing of a market in Baquba.",
			"A former militia commander was indicted on Monday over the rocket fire on the embassy.",
			"The man stood trial in Kirkuk for the assassination of a local journalist.",
			"Families gathered outside the hospital in Mosul on Monday waiting for news of the wounded.",
			"Relatives gathered at the morgue in Baquba on Tuesday to collect the bodies.",
			"Hundreds gathered in Najaf for the funeral of the slain cleric on Friday.",
			"Villagers gathered at the cemetery on Sunday to bury the dead.",
			"Dozens of people gathered in the square to mourn the victims on Saturday evening.",
			"Residents gathered for prayers at the mosque hit by the blast a day earlier." })
	void shouldNotTakeACourtCaseOrAMourningGatheringForAnEvent(String sentence) {
		assertThat(anyReported(sentence)).as(sentence).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Gunmen attacked mourners at a funeral in Tarmiyah on Tuesday, killing three.",
			"A bomb exploded outside the court in Baquba on Monday, wounding two guards.",
			"Gunmen shot dead a judge who had sentenced militants to death, police said on Sunday.",
			"Protesters gathered outside the hospital in Nasiriyah on Monday, chanting against the governor.",
			"Hundreds gathered in Tahrir Square on Friday to demand jobs.",
			"A suicide bomber blew himself up among mourners at a funeral in Khalis, killing twelve.",
			"Mourners at the funeral of a tribal sheikh came under mortar fire near Hawija on Sunday.",
			"Rockets struck near the courthouse in Kirkuk on Wednesday.",
			"Troops cleared the village of fighters after clashes that lasted all night.",
			"Two policemen were killed when gunmen attacked a checkpoint in Tarmiyah on Thursday." })
	void shouldStillTakeEventsAtFuneralsCourtsAndProtests(String sentence) {
		assertThat(anyReported(sentence)).as(sentence).isTrue();
	}

}
