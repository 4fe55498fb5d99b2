package org.conflictdata.incidentmap.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretches of a sentence that refer to another event as the motive or the
 * occasion of the one reported: "marched ... to demand accountability for the
 * assassination of a prominent activist in Karbala earlier this month", "protesting the
 * killing of ...", "after the funeral of ...", "since the death of ...". The place and
 * the date inside such a stretch belong to the event referred to, not to the event phrase
 * outside it. A stretch runs from its preposition to the next comma, semicolon or the end
 * of the sentence. Null or empty text has none.
 */
public final class EventReferences {

	private static final Pattern REFERENCE = Pattern.compile("\\b(?:for|over|after|since|against|about|following"
			+ "|protesting|mourning|condemning|denouncing|demanding justice for)\\s+(?:the|a|an|his|her|their)\\s+"
			+ "(?:[\\w'-]+\\s+){0,3}?(?:assassination|killing|murder|death|deaths|funeral|abduction|kidnapping|arrest"
			+ "|execution|burial)\\b[^,;]*", Pattern.CASE_INSENSITIVE);

	private static final Cues CUES = Cues.of("assassination", "killing", "murder", "death", "funeral", "abduction",
			"kidnapping", "arrest", "execution", "burial");

	private EventReferences() {
	}

	/** The referring stretches, as {start, end} offsets into {@code sentence}. */
	public static List<int[]> spans(String sentence) {
		List<int[]> spans = new ArrayList<>();
		if (sentence == null || sentence.isEmpty() || !CUES.mayMatch(Cues.fold(sentence))) {
			return spans;
		}
		Matcher m = REFERENCE.matcher(sentence);
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		return spans;
	}

	/** True when offsets {@code start..end} lie inside one of the stretches. */
	static boolean inside(List<int[]> spans, int start, int end) {
		return spans.stream().anyMatch((span) -> span[0] <= start && end <= span[1]);
	}

	/**
	 * The sentence with its referring stretches blanked out (offsets kept), or the
	 * sentence itself when it has none.
	 */
	public static String without(String sentence) {
		List<int[]> spans = spans(sentence);
		if (spans.isEmpty()) {
			return sentence;
		}
		char[] chars = sentence.toCharArray();
		for (int[] span : spans) {
			for (int i = span[0]; i < span[1]; i++) {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}

}
