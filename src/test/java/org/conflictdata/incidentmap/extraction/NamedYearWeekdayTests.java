package org.conflictdata.incidentmap.extraction;

import java.util.List;

import org.conflictdata.incidentmap.article.ArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A yearless day with its weekday in a retrospective: the year the text last named, when
 * the weekday fits that year and not the latest one before publication.
 */
class NamedYearWeekdayTests {

	private static final IncidentExtractor EXTRACTOR = new IncidentExtractor();

	@Test
	void shouldDateByTheYearTheTextNamedWhenItsWeekdayFits() {
		assertThat(days(
				"Supporters marked the anniversary with a rally on January 3, 2021. On Thursday, January 21, two suicide bombers "
						+ "blew themselves up at a market in Baghdad, killing 32 people.",
				"2022-12-21"))
			.containsExactly("2021-01-21");
		assertThat(
				days("The pattern was set by mid-December 2019. On Friday, December 27, more than 30 rockets hit the "
						+ "K-1 base near Kirkuk, killing a contractor.", "2021-06-30"))
			.containsExactly("2019-12-27");
	}

	@Test
	void shouldKeepTheLatestYearWhenItsWeekdayFitsOrNoNamedYearDoes() {
		// 29 December 2019 was a Sunday: no other year is needed.
		assertThat(days("In 2018 the group was quiet. On Sunday, December 29, American jets struck five sites "
				+ "near al-Qaim, killing 25 fighters.", "2020-01-04"))
			.containsExactly("2019-12-29");
		// A weekday that fits no year the text named is a slip: the explicit day is kept.
		assertThat(days("The year 2019 was hard. On Sunday, December 27, rockets hit the K-1 base near Kirkuk, "
				+ "killing a contractor.", "2019-12-31"))
			.containsExactly("2019-12-27");
	}

	private static List<String> days(String text, String published) {
		return EXTRACTOR.extract(ArticleReader.fromPost(text, null, null, published))
			.stream()
			.filter((m) -> !m.historical() && m.date() != null)
			.map((m) -> m.date().start().toString())
			.toList();
	}

}
