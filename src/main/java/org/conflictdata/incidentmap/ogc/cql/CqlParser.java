package org.conflictdata.incidentmap.ogc.cql;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.incident.PropertyFilter;
import org.conflictdata.incidentmap.incident.filter.And;
import org.conflictdata.incidentmap.incident.filter.Between;
import org.conflictdata.incidentmap.incident.filter.Comparison;
import org.conflictdata.incidentmap.incident.filter.ComparisonOperator;
import org.conflictdata.incidentmap.incident.filter.Constant;
import org.conflictdata.incidentmap.incident.filter.In;
import org.conflictdata.incidentmap.incident.filter.IsNull;
import org.conflictdata.incidentmap.incident.filter.Like;
import org.conflictdata.incidentmap.incident.filter.Not;
import org.conflictdata.incidentmap.incident.filter.Or;
import org.conflictdata.incidentmap.incident.filter.Queryable;

/**
 * A recursive-descent parser for the part of OGC CQL2 text this service supports (Basic
 * CQL2, the advanced comparison operators and {@code S_INTERSECTS}), producing a
 * {@link PropertyFilter} tree over the {@link Queryable}s. Keywords are case-insensitive;
 * property names are exact. Precedence is the standard's: NOT binds tighter than AND, AND
 * tighter than OR. A TIMESTAMP literal is compared by its UTC day, since incidents are
 * dated to the day. Null, blank, malformed or too deeply nested text, unknown properties
 * and values of the wrong type throw a {@link CqlException} with the position.
 */
public final class CqlParser {

	/** Deeper nesting is refused rather than risking the stack. */
	static final int MAX_DEPTH = 50;

	private static final String QUERYABLES = Stream.of(Queryable.values())
		.map(Queryable::property)
		.collect(Collectors.joining(", "));

	private final String text;

	private final List<Token> tokens;

	private int index;

	private int depth;

	private CqlParser(String text, List<Token> tokens) {
		this.text = text;
		this.tokens = tokens;
	}

	/** Parses a whole CQL2 text filter. */
	public static PropertyFilter parse(String text) {
		if (text == null || text.isBlank()) {
			throw new CqlException("the filter is empty", 1);
		}
		CqlParser parser = new CqlParser(text, CqlLexer.tokens(text));
		PropertyFilter filter = parser.or();
		Token rest = parser.peek();
		if (rest.kind() != Token.Kind.END) {
			throw parser.error("expected AND, OR or the end of the filter but found " + rest.describe(), rest);
		}
		return filter;
	}

	private PropertyFilter or() {
		List<PropertyFilter> operands = new ArrayList<>(List.of(and()));
		while (peek().is("OR")) {
			this.index++;
			operands.add(and());
		}
		return (operands.size() == 1) ? operands.get(0) : new Or(operands);
	}

	private PropertyFilter and() {
		List<PropertyFilter> operands = new ArrayList<>(List.of(not()));
		while (peek().is("AND")) {
			this.index++;
			operands.add(not());
		}
		return (operands.size() == 1) ? operands.get(0) : new And(operands);
	}

	private PropertyFilter not() {
		Token token = peek();
		if (token.is("NOT")) {
			this.index++;
			return new Not(nested(token, this::not));
		}
		return primary();
	}

	private PropertyFilter primary() {
		Token token = next();
		if (token.kind() == Token.Kind.LEFT_PAREN) {
			PropertyFilter inner = nested(token, this::or);
			expect(Token.Kind.RIGHT_PAREN, "')'");
			return inner;
		}
		if (token.is("S_INTERSECTS")) {
			return GeometryLiterals.intersects(this);
		}
		if (startsLiteral(token)) {
			this.index--;
			return literalFirst(token);
		}
		if (token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.QUOTED_WORD) {
			return predicate(property(token));
		}
		throw error("expected a property name, a literal, NOT, '(' or S_INTERSECTS but found " + token.describe(),
				token);
	}

	private PropertyFilter nested(Token at, Supplier<PropertyFilter> inner) {
		if (++this.depth > MAX_DEPTH) {
			throw error("the filter nests deeper than " + MAX_DEPTH + " levels", at);
		}
		PropertyFilter filter = inner.get();
		this.depth--;
		return filter;
	}

	private PropertyFilter predicate(Queryable property) {
		Token token = next();
		if (token.kind() == Token.Kind.OPERATOR) {
			ComparisonOperator operator = operator(token);
			Token literal = peek();
			return build(literal, () -> new Comparison(property, operator, scalar()));
		}
		if (token.is("IS")) {
			boolean negated = peek().is("NOT");
			if (negated) {
				this.index++;
			}
			expectWord("NULL");
			return new IsNull(property, negated);
		}
		boolean negated = token.is("NOT");
		Token keyword = negated ? next() : token;
		if (keyword.is("LIKE")) {
			Token pattern = expect(Token.Kind.STRING, "a quoted pattern");
			return build(pattern, () -> new Like(property, pattern.text(), negated));
		}
		if (keyword.is("BETWEEN")) {
			Token low = peek();
			Object lowValue = scalar();
			expectWord("AND");
			Object highValue = scalar();
			return build(low, () -> new Between(property, lowValue, highValue, negated));
		}
		if (keyword.is("IN")) {
			Token open = expect(Token.Kind.LEFT_PAREN, "'('");
			List<Object> values = new ArrayList<>(List.of(scalar()));
			while (peek().kind() == Token.Kind.COMMA) {
				this.index++;
				values.add(scalar());
			}
			expect(Token.Kind.RIGHT_PAREN, "',' or ')'");
			return build(open, () -> new In(property, values, negated));
		}
		String expected = negated ? "LIKE, BETWEEN or IN after NOT" : "a comparison, LIKE, BETWEEN, IN or IS";
		throw error("expected " + expected + " but found " + keyword.describe(), keyword);
	}

	/**
	 * Whether a primary starting with {@code token} starts with a literal. DATE and
	 * TIMESTAMP are literals only before a parenthesis, so the property {@code date}
	 * stays a property.
	 */
	private boolean startsLiteral(Token token) {
		if (token.kind() == Token.Kind.STRING || token.kind() == Token.Kind.NUMBER || token.is("TRUE")
				|| token.is("FALSE")) {
			return true;
		}
		return (token.is("DATE") || token.is("TIMESTAMP")) && peek().kind() == Token.Kind.LEFT_PAREN;
	}

	/**
	 * A bare TRUE or FALSE, or a comparison written literal first
	 * ({@code DATE('2020-01-01') <= date}), which is stored property first.
	 */
	private PropertyFilter literalFirst(Token start) {
		Object value = scalar();
		Token operatorToken = peek();
		if (value instanceof Boolean bool && operatorToken.kind() != Token.Kind.OPERATOR) {
			return new Constant(bool);
		}
		ComparisonOperator operator = operator(expect(Token.Kind.OPERATOR, "a comparison operator"));
		Token propertyToken = next();
		if (propertyToken.kind() != Token.Kind.WORD && propertyToken.kind() != Token.Kind.QUOTED_WORD) {
			throw error("expected a property name but found " + propertyToken.describe()
					+ " (comparing two literals is not supported)", propertyToken);
		}
		Queryable property = property(propertyToken);
		return build(start, () -> new Comparison(property, mirror(operator), value));
	}

	/** The operator that says the same with the operands swapped. */
	private static ComparisonOperator mirror(ComparisonOperator operator) {
		return switch (operator) {
			case LESS -> ComparisonOperator.GREATER;
			case LESS_OR_EQUAL -> ComparisonOperator.GREATER_OR_EQUAL;
			case GREATER -> ComparisonOperator.LESS;
			case GREATER_OR_EQUAL -> ComparisonOperator.LESS_OR_EQUAL;
			default -> operator;
		};
	}

	/** A string, number, boolean, DATE('…') or TIMESTAMP('…') literal. */
	private Object scalar() {
		Token token = next();
		switch (token.kind()) {
			case STRING:
				return token.text();
			case NUMBER:
				return number(token);
			case WORD:
				if (token.is("TRUE") || token.is("FALSE")) {
					return token.is("TRUE");
				}
				if (token.is("DATE") || token.is("TIMESTAMP")) {
					return temporal(token);
				}
				break;
			default:
				break;
		}
		throw error("expected a string, number, boolean, DATE or TIMESTAMP but found " + token.describe(), token);
	}

	private Object temporal(Token keyword) {
		expect(Token.Kind.LEFT_PAREN, "'('");
		Token value = expect(Token.Kind.STRING, "a quoted " + keyword.text().toUpperCase(Locale.ROOT));
		expect(Token.Kind.RIGHT_PAREN, "')'");
		try {
			if (keyword.is("DATE")) {
				return LocalDate.parse(value.text());
			}
			return Instant.parse(value.text()).atOffset(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeException ex) {
			String form = keyword.is("DATE") ? "YYYY-MM-DD" : "an RFC 3339 timestamp such as 2020-01-03T00:00:00Z";
			throw error(
					"'" + value.text() + "' is not " + (keyword.is("DATE") ? "a date " : "") + "in the form " + form,
					value);
		}
	}

	private Object number(Token token) {
		try {
			BigDecimal value = new BigDecimal(token.text().startsWith("+") ? token.text().substring(1) : token.text());
			if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
				return value.longValueExact();
			}
			return value;
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw error("the number " + token.text() + " is out of range", token);
		}
	}

	private static ComparisonOperator operator(Token token) {
		for (ComparisonOperator operator : ComparisonOperator.values()) {
			if (operator.symbol().equals(token.text())) {
				return operator;
			}
		}
		throw new CqlException("unknown operator '" + token.text() + "'", token.start() + 1);
	}

	/** The queryable a property token names. */
	Queryable property(Token token) {
		return Queryable.named(token.text())
			.orElseThrow(
					() -> error("unknown property '" + token.text() + "'; the queryables are " + QUERYABLES, token));
	}

	/** Builds a node, turning a type mismatch into an error at {@code at}. */
	private PropertyFilter build(Token at, Supplier<PropertyFilter> node) {
		try {
			return node.get();
		}
		catch (IllegalArgumentException ex) {
			throw error(ex.getMessage(), at);
		}
	}

	/** The filter text, for literals (WKT) that are read from the source as written. */
	String text() {
		return this.text;
	}

	Token peek() {
		return this.tokens.get(this.index);
	}

	Token next() {
		Token token = this.tokens.get(this.index);
		if (token.kind() != Token.Kind.END) {
			this.index++;
		}
		return token;
	}

	Token expect(Token.Kind kind, String what) {
		Token token = next();
		if (token.kind() != kind) {
			throw error("expected " + what + " but found " + token.describe(), token);
		}
		return token;
	}

	void expectWord(String keyword) {
		Token token = next();
		if (!token.is(keyword)) {
			throw error("expected " + keyword + " but found " + token.describe(), token);
		}
	}

	CqlException error(String reason, Token at) {
		return new CqlException(reason, at.start() + 1);
	}

}
