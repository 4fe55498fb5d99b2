package org.conflictdata.incidentmap.ogc.cql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CQL2 text into {@link Token}s: words, double-quoted identifiers, single-quoted
 * strings (a doubled quote stands for one), numbers with optional sign, fraction and
 * exponent, the comparison operators, parentheses and commas. White space separates
 * tokens and is otherwise ignored. An unterminated string or a character CQL2 text does
 * not use throws a {@link CqlException} at its position. The list always ends with an
 * {@code END} token.
 */
final class CqlLexer {

	private final String text;

	private int pos;

	private CqlLexer(String text) {
		this.text = text;
	}

	static List<Token> tokens(String text) {
		return new CqlLexer(text).all();
	}

	private List<Token> all() {
		List<Token> tokens = new ArrayList<>();
		while (true) {
			skipWhitespace();
			if (this.pos >= this.text.length()) {
				tokens.add(new Token(Token.Kind.END, "", this.pos, this.pos));
				return tokens;
			}
			tokens.add(next());
		}
	}

	private Token next() {
		int start = this.pos;
		char c = this.text.charAt(this.pos);
		if (c == '(') {
			return single(Token.Kind.LEFT_PAREN);
		}
		if (c == ')') {
			return single(Token.Kind.RIGHT_PAREN);
		}
		if (c == ',') {
			return single(Token.Kind.COMMA);
		}
		if (c == '\'') {
			return quoted('\'', Token.Kind.STRING, "string");
		}
		if (c == '"') {
			return quoted('"', Token.Kind.QUOTED_WORD, "quoted property name");
		}
		if (c == '=' || c == '<' || c == '>') {
			return operator();
		}
		if (isDigit(c) || c == '.' || ((c == '-' || c == '+') && startsNumber(this.pos + 1))) {
			return number();
		}
		if (Character.isLetter(c) || c == '_') {
			while (this.pos < this.text.length() && isWordPart(this.text.charAt(this.pos))) {
				this.pos++;
			}
			return new Token(Token.Kind.WORD, this.text.substring(start, this.pos), start, this.pos);
		}
		throw new CqlException("unexpected character '" + c + "'", start + 1);
	}

	private Token single(Token.Kind kind) {
		this.pos++;
		return new Token(kind, this.text.substring(this.pos - 1, this.pos), this.pos - 1, this.pos);
	}

	private Token operator() {
		int start = this.pos;
		char c = this.text.charAt(this.pos++);
		char after = (this.pos < this.text.length()) ? this.text.charAt(this.pos) : 0;
		if ((c == '<' && (after == '=' || after == '>')) || (c == '>' && after == '=')) {
			this.pos++;
		}
		return new Token(Token.Kind.OPERATOR, this.text.substring(start, this.pos), start, this.pos);
	}

	private Token quoted(char quote, Token.Kind kind, String what) {
		int start = this.pos++;
		StringBuilder value = new StringBuilder();
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos++);
			if (c != quote) {
				value.append(c);
			}
			else if (this.pos < this.text.length() && this.text.charAt(this.pos) == quote) {
				value.append(quote);
				this.pos++;
			}
			else {
				return new Token(kind, value.toString(), start, this.pos);
			}
		}
		throw new CqlException("unterminated " + what, start + 1);
	}

	private Token number() {
		int start = this.pos;
		if (this.text.charAt(this.pos) == '-' || this.text.charAt(this.pos) == '+') {
			this.pos++;
		}
		digits();
		if (at('.')) {
			this.pos++;
			digits();
		}
		if (at('e') || at('E')) {
			this.pos++;
			if (at('-') || at('+')) {
				this.pos++;
			}
			if (!(this.pos < this.text.length() && isDigit(this.text.charAt(this.pos)))) {
				throw new CqlException("malformed number", start + 1);
			}
			digits();
		}
		String number = this.text.substring(start, this.pos);
		if (number.chars().noneMatch(CqlLexer::isDigit)) {
			throw new CqlException("malformed number", start + 1);
		}
		return new Token(Token.Kind.NUMBER, number, start, this.pos);
	}

	private void digits() {
		while (this.pos < this.text.length() && isDigit(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private boolean at(char c) {
		return this.pos < this.text.length() && this.text.charAt(this.pos) == c;
	}

	private boolean startsNumber(int index) {
		return index < this.text.length() && (isDigit(this.text.charAt(index)) || this.text.charAt(index) == '.');
	}

	private void skipWhitespace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.';
	}

}
