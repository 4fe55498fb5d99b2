package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever news-like text comes in, extraction finishes and its mentions are well formed.
 * The texts are drawn from a fixed seed, so a failure always reproduces.
 */
class IncidentExtractorRobustnessTests {

	private static final List<String> WORDS = List.of("rockets", "slammed", "into", "the", "base", "on", "Friday",
			"December", "27th", "Dec.", "29", "2019", "killed", "two", "several", "soldiers", "wounded", "U.S.",
			"Kataib", "Hezbollah", "Israeli", "drone", "airstrike", "by", "a", "day", "later", "last", "week",
			"mortars", "protesters", "stormed", "embassy", "could", "threatened", "to", "attack", "-", ",", ".", "\"",
			"\n", "more", "than", "dozen", "107", "mm", "no", "casualties", "in", "June", "2018", "claimed",
			"responsibility", "likely", "carried", "out", "Iran's", "proxies", "mid-March", "yesterday", "the",
			"previous", "Mr.", "Gen.", "St.", "at", "least", "one", "\u2014", "\u00a0", "\u2019s", "kidnapped",
			"clashes");

	private static final String[] PUBLISHED = { null, "2019-12-31", "2020-01-03", "2020-03-27" };

	private final IncidentExtractor extractor = new IncidentExtractor();

	@Test
	void shouldAlwaysGiveWellFormedMentions() {
		Random random = new Random(20200103L);
		for (int i = 0; i < 400; i++) {
			List<String> words = new ArrayList<>();
			int length = random.nextInt(120);
			for (int w = 0; w < length; w++) {
				words.add(WORDS.get(random.nextInt(WORDS.size())));
			}
			String text = String.join(" ", words);
			Article article = ArticleReader.fromPost(text, null, null, PUBLISHED[random.nextInt(PUBLISHED.length)]);
			for (IncidentMention m : this.extractor.extract(article)) {
				assertThat(article.text().substring(m.start(), m.end())).as(text).isEqualTo(m.sentence());
				assertThat(m.type()).as(text).isNotNull();
				assertThat(m.trigger()).as(text).isNotBlank();
				assertThat(m.placeContext()).as(text).contains(m.sentence());
				if (m.killed() != null) {
					assertThat(m.killed().min()).as(text).isLessThanOrEqualTo(m.killed().value());
				}
				if (m.wounded() != null) {
					assertThat(m.wounded().min()).as(text).isLessThanOrEqualTo(m.wounded().value());
				}
				if (m.date() != null) {
					assertThat(m.date().explanation()).as(text).isNotBlank();
				}
			}
		}
	}

}
