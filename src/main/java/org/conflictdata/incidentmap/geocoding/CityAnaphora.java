package org.conflictdata.incidentmap.geocoding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "In the city", "outside the town": a sentence that points back to a settlement the text
 * named before it. When the only place such a sentence names itself is a country ("anger
 * turned towards Iran: a crowd marched to the Iranian consulate in the city"), the
 * country is who the sentence is about and the settlement of the context is where it
 * happened. A sentence without such words, or a context whose best place is itself an
 * area, changes nothing.
 */
final class CityAnaphora {

	private static final Pattern BACK_REFERENCE = Pattern.compile(
			"\\b(?:in|inside|outside|across|near|of|around)\\s+the\\s+(?:same\\s+|holy\\s+)?(?:city|town|village)\\b"
					+ "(?!\\s+(?:of|called|named)\\b)",
			Pattern.CASE_INSENSITIVE);

	private CityAnaphora() {
	}

	/**
	 * Whether the context's settlement should stand in for {@code own}, a country named
	 * in a {@code sentence} that points back to a settlement.
	 */
	static boolean yieldsToContext(String sentence, Finding own, Optional<Finding> context) {
		return own.place().kind() == PlaceKind.COUNTRY && context.isPresent() && !context.get().place().kind().isArea()
				&& BACK_REFERENCE.matcher(sentence).find();
	}

}
