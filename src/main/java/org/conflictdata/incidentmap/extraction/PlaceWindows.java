package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;

import org.conflictdata.incidentmap.extraction.Sentences.Sentence;

/**
 * The text before a mention's sentence that the geocoder may look in when the sentence
 * itself names no place and the mention takes its day from the story. The story's
 * sentence gave the day; the place is often named between it and the mention ("He had
 * spent the evening of Monday on air. Soon after he got home to the X district, two men
 * drew up beside his car. One of them opened fire."), so the sentences just before the
 * mention in its own paragraph are kept as well, nearest last.
 */
final class PlaceWindows {

	/** How many sentences just before the mention, in its paragraph, are kept. */
	static final int BEFORE = 2;

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
		return String.join(" ", parts).strip();
	}

}
