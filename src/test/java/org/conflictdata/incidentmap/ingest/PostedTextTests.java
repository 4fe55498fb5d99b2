package org.conflictdata.incidentmap.ingest;

import org.conflictdata.incidentmap.api.BadParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostedTextTests {

	@Test
	void shouldAcceptPlainTextWithLineBreaksTabsEmojiAndMisDecodedPunctuation() {
		assertThatCode(() -> PostedText.check("text",
				"Rockets hit\tCamp Taji.\r\nAl-Qa'im \u0645\u0631\u062d\u0628\u0627 \uD83D\uDCA5 it\u0092s\f", 100))
			.doesNotThrowAnyException();
		assertThatCode(() -> PostedText.check("title", null, 10)).doesNotThrowAnyException();
	}

	@Test
	void shouldRefuseControlCharactersNamingTheFieldAndPosition() {
		assertThatThrownBy(() -> PostedText.check("title", "ab\u0001c", 100)).isInstanceOf(BadParameterException.class)
			.hasMessageContaining("U+0001 at position 2")
			.extracting((ex) -> ((BadParameterException) ex).parameter())
			.isEqualTo("title");
		assertThatThrownBy(() -> PostedText.check("text", "a\u0000", 100)).hasMessageContaining("U+0000");
		assertThatThrownBy(() -> PostedText.check("text", "a\u007F", 100)).hasMessageContaining("U+007F");
	}

	@Test
	void shouldRefuseUnpairedSurrogatesWhereverTheyStand() {
		assertThatThrownBy(() -> PostedText.check("text", "a\uD800b", 100)).hasMessageContaining("position 1");
		assertThatThrownBy(() -> PostedText.check("text", "a\uDC00", 100)).hasMessageContaining("position 1");
		assertThatThrownBy(() -> PostedText.check("text", "ab\uD83D", 100)).hasMessageContaining("position 2");
	}

	@Test
	void shouldRefuseAFieldLongerThanItsLimit() {
		assertThatThrownBy(() -> PostedText.check("url", "x".repeat(2001), PostedText.MAX_FIELD_CHARS))
			.hasMessageContaining("longer than 2000");
		assertThatCode(() -> PostedText.check("url", "x".repeat(2000), PostedText.MAX_FIELD_CHARS))
			.doesNotThrowAnyException();
	}

}
