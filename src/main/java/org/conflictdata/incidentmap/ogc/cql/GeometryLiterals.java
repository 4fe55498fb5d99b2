package org.conflictdata.incidentmap.ogc.cql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.conflictdata.incidentmap.incident.BoundingBox;
import org.conflictdata.incidentmap.incident.filter.Intersects;
import org.conflictdata.incidentmap.incident.filter.Queryable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Parses {@code S_INTERSECTS(geometry, literal)} (either argument order) for
 * {@link CqlParser}. The literal is WKT ({@code POINT}, {@code LINESTRING},
 * {@code POLYGON}, their {@code MULTI} forms, {@code GEOMETRYCOLLECTION}) read by JTS,
 * {@code BBOX(minLon, minLat, maxLon, maxLat)} as in CQL2, or the older
 * {@code ENVELOPE(west, east, north, south)} of OGC CQL 1. Coordinates are lon/lat. Text
 * JTS cannot read, an invalid geometry (e.g. a self-intersecting polygon), an impossible
 * box, or a property other than {@code geometry} throws a {@link CqlException} at its
 * position.
 */
final class GeometryLiterals {

	private static final Set<String> WKT_TYPES = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
			"MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private GeometryLiterals() {
	}

	/** Reads the part after the S_INTERSECTS keyword. */
	static Intersects intersects(CqlParser parser) {
		parser.expect(Token.Kind.LEFT_PAREN, "'('");
		Token first = parser.peek();
		boolean propertyFirst = first.kind() == Token.Kind.QUOTED_WORD
				|| (first.kind() == Token.Kind.WORD && !isLiteralKeyword(first));
		String wkt;
		if (propertyFirst) {
			geometryProperty(parser);
			parser.expect(Token.Kind.COMMA, "','");
			wkt = literal(parser);
		}
		else {
			wkt = literal(parser);
			parser.expect(Token.Kind.COMMA, "','");
			geometryProperty(parser);
		}
		parser.expect(Token.Kind.RIGHT_PAREN, "')'");
		return new Intersects(wkt);
	}

	private static boolean isLiteralKeyword(Token token) {
		return token.is("BBOX") || token.is("ENVELOPE") || WKT_TYPES.stream().anyMatch(token::is);
	}

	private static void geometryProperty(CqlParser parser) {
		Token token = parser.next();
		if (token.kind() != Token.Kind.WORD && token.kind() != Token.Kind.QUOTED_WORD) {
			throw parser.error("expected the property 'geometry' but found " + token.describe(), token);
		}
		if (parser.property(token) != Queryable.GEOMETRY) {
			throw parser.error("S_INTERSECTS compares geometries, and '" + token.text() + "' is not the property '"
					+ Queryable.GEOMETRY.property() + "'", token);
		}
	}

	/** Reads one geometry literal and returns it as WKT. */
	private static String literal(CqlParser parser) {
		Token keyword = parser.next();
		if (keyword.is("BBOX")) {
			List<Double> n = numbers(parser, keyword, 4);
			return box(parser, keyword, n.get(0), n.get(1), n.get(2), n.get(3));
		}
		if (keyword.is("ENVELOPE")) {
			List<Double> n = numbers(parser, keyword, 4);
			return box(parser, keyword, n.get(0), Math.min(n.get(2), n.get(3)), n.get(1), Math.max(n.get(2), n.get(3)));
		}
		if (WKT_TYPES.stream().anyMatch(keyword::is)) {
			return wkt(parser, keyword);
		}
		throw parser.error("expected a geometry (POINT, POLYGON, BBOX, …) but found " + keyword.describe(), keyword);
	}

	private static List<Double> numbers(CqlParser parser, Token keyword, int count) {
		parser.expect(Token.Kind.LEFT_PAREN, "'('");
		List<Double> values = new ArrayList<>();
		values.add(number(parser));
		while (parser.peek().kind() == Token.Kind.COMMA) {
			parser.next();
			values.add(number(parser));
		}
		parser.expect(Token.Kind.RIGHT_PAREN, "',' or ')'");
		if (values.size() != count) {
			throw parser.error(keyword.text() + " needs " + count + " numbers (2D only) but has " + values.size(),
					keyword);
		}
		return values;
	}

	private static double number(CqlParser parser) {
		return new BigDecimal(parser.expect(Token.Kind.NUMBER, "a number").text()).doubleValue();
	}

	private static String box(CqlParser parser, Token keyword, double minLon, double minLat, double maxLon,
			double maxLat) {
		try {
			BoundingBox box = new BoundingBox(minLon, minLat, maxLon, maxLat);
			Envelope envelope = new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat());
			return new WKTWriter().write(FACTORY.toGeometry(envelope));
		}
		catch (IllegalArgumentException ex) {
			throw parser.error(keyword.text() + ": " + ex.getMessage(), keyword);
		}
	}

	/**
	 * Takes the text from a WKT keyword to its balanced closing parenthesis (or its
	 * EMPTY) and lets JTS read it.
	 */
	private static String wkt(CqlParser parser, Token keyword) {
		Token token = keyword;
		while (parser.peek().kind() == Token.Kind.WORD && !token.is("EMPTY")) {
			token = parser.next();
		}
		if (!token.is("EMPTY")) {
			token = parser.expect(Token.Kind.LEFT_PAREN, "'('");
			int depth = 1;
			while (depth > 0) {
				token = parser.next();
				if (token.kind() == Token.Kind.END) {
					throw parser.error("unterminated " + keyword.text() + " geometry", keyword);
				}
				depth += (token.kind() == Token.Kind.LEFT_PAREN) ? 1 : 0;
				depth -= (token.kind() == Token.Kind.RIGHT_PAREN) ? 1 : 0;
			}
		}
		String text = parser.text().substring(keyword.start(), token.end());
		Geometry geometry;
		try {
			geometry = new WKTReader(FACTORY).read(text);
		}
		catch (ParseException | IllegalArgumentException ex) {
			throw parser.error("not a valid " + keyword.text() + ": " + ex.getMessage(), keyword);
		}
		if (!geometry.isValid()) {
			throw parser.error("the " + keyword.text() + " is not a valid geometry (e.g. it crosses itself)", keyword);
		}
		return new WKTWriter().write(geometry);
	}

}
