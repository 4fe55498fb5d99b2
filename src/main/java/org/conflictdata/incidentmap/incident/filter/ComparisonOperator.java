package org.conflictdata.incidentmap.incident.filter;

/**
 * The binary comparison operators of CQL2, with their CQL2 text symbols.
 */
public enum ComparisonOperator {

	EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

	private final String symbol;

	ComparisonOperator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

}
