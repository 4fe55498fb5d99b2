package org.conflictdata.incidentmap.ogc.cql;

import java.util.Locale;

/**
 * One lexical unit of CQL2 text.
 *
 * @param kind what it is
 * @param text the value: an identifier or keyword as written, a string's content with
 * quotes undoubled, a number's digits, an operator's symbol
 * @param start 0-based offset of its first character in the filter
 * @param end 0-based offset just past its last character
 */
record Token(Kind kind, String text, int start, int end) {

	enum Kind {

		/** A bare word: a property name or a keyword such as AND, LIKE, POINT. */
		WORD,
		/** A double-quoted property name. */
		QUOTED_WORD, STRING, NUMBER, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, END

	}

	/** Whether this is the bare word {@code keyword}, ignoring case. */
	boolean is(String keyword) {
		return this.kind == Kind.WORD && this.text.toUpperCase(Locale.ROOT).equals(keyword);
	}

	/** The token as an error message shows it. */
	String describe() {
		return switch (this.kind) {
			case END -> "the end of the filter";
			case STRING -> "'" + this.text + "'";
			case QUOTED_WORD -> "\"" + this.text + "\"";
			default -> "'" + this.text + "'";
		};
	}

}
