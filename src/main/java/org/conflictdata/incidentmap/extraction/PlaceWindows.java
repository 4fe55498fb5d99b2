package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * The text before a mention's sentence that the geocoder may look in when the sentence
 * itself names no place and the mention takes its day from the story. The story's
 * sentence gave the day; the place is often named between it and the mention ("He had
 * spent the evening of Monday on air. Soon after he got home to the X district, two men
 * drew up beside his car. One of them opened fire."), so the sentences just before the
 * mention in its own paragraph are kept as well, nearest last. When the story's sentence
 * itself only points at a town named before ("outside his home in the city"), the
 * sentence just before it in the paragraph is kept too: that is where the town is named.
 */
final class PlaceWindows {

	/** How many sentences just before the mention, in its paragraph, are kept. */
	static final int BEFORE = 2;

	/** "in the city", "outside the town": a settlement the text has named before. */
	private static final Pattern SETTLEMENT_POINTED_BACK = Pattern.compile(
			"\\b(?:in|near|outside|of|into|around|across)\\s+the\\s+(?:city|town|village)\\b(?!\\s+of\\b)(?!'s)",
			Pattern.CASE_INSENSITIVE);

	private PlaceWindows() {
	}

	/**
	 * The story's sentence followed by up to {@link #BEFORE} sentences that come after it
	 * and just before sentence {@code i} in the same paragraph.
	 * @param storyText the story's sentence
	 * @param storyIndex the index of that sentence, or a negative number
	 * @param sentences every sentence of the article
	 * @param i the mention's sentence
	 * @return the text to put before the mention's sentence
	 */
	static String leading(String storyText, int storyIndex, List<Sentence> sentences, int i) {
		List<String> parts = new ArrayList<>();
		int paragraph = (i >= 0 && i < sentences.size()) ? sentences.get(i).paragraph() : -1;
		for (int j = i - 1; j > storyIndex && j >= 0 && j >= i - BEFORE; j--) {
			if (sentences.get(j).paragraph() != paragraph) {
				break;
			}
			parts.add(0, sentences.get(j).text());
		}
		parts.add(0, storyText);
		if (storyIndex > 0 && storyIndex < sentences.size() && SETTLEMENT_POINTED_BACK.matcher(storyText).find()
				&& !ReportSignals.namesPlace(storyText)
				&& sentences.get(storyIndex - 1).paragraph() == sentences.get(storyIndex).paragraph()) {
			parts.add(0, sentences.get(storyIndex - 1).text());
		}
		return String.join(" ", parts).strip();
	}

}
