package org.conflictdata.incidentmap.incident;

import java.util.List;
import java.util.Map;

import org.conflictdata.incidentmap.incident.filter.And;
import org.conflictdata.incidentmap.incident.filter.Between;
import org.conflictdata.incidentmap.incident.filter.Comparison;
import org.conflictdata.incidentmap.incident.filter.Constant;
import org.conflictdata.incidentmap.incident.filter.In;
import org.conflictdata.incidentmap.incident.filter.Intersects;
import org.conflictdata.incidentmap.incident.filter.IsNull;
import org.conflictdata.incidentmap.incident.filter.Like;
import org.conflictdata.incidentmap.incident.filter.Not;
import org.conflictdata.incidentmap.incident.filter.Or;
import org.conflictdata.incidentmap.incident.filter.Queryable;

/**
 * Turns a {@link PropertyFilter} into a SQL condition over the incidents table (alias
 * {@code i}) with bound parameters. The SQL text comes only from the constants below and
 * the fixed column of each {@link Queryable}; every literal is bound as a named parameter
 * {@code f0, f1, …}. Only the filter kinds this class knows are accepted; any other (or
 * null) is rejected with an {@link IllegalArgumentException}, so no unknown construct
 * ever reaches the database. The SQL runs on PostGIS and H2GIS alike.
 */
final class PropertyFilterSql {

	private static final String PARAMETER_PREFIX = "f";

	private static final String INTERSECTS = "ST_Intersects(i.geom, ST_GeomFromText(:%s, 4326))";

	private static final String LIKE = " LIKE :%s ESCAPE '\\'";

	private static final String TRUE = "1 = 1";

	private static final String FALSE = "1 = 0";

	private PropertyFilterSql() {
	}

	/**
	 * Appends {@code AND (condition)} to {@code sql} and the literals to {@code params}.
	 */
	static void append(PropertyFilter filter, StringBuilder sql, Map<String, Object> params) {
		sql.append(" AND (");
		new Writer(sql, params).write(filter);
		sql.append(')');
	}

	/** The column a queryable reads; the only place queryable names meet SQL. */
	static String column(Queryable queryable) {
		return switch (queryable) {
			case ID -> "i.id";
			case DATE -> "i.event_date";
			case DATE_END -> "i.date_end";
			case DATE_PRECISION -> "i.date_precision";
			case TIME_PRECISION -> "i.time_precision";
			case EVENT_TYPE -> "i.event_type";
			case SUB_EVENT_TYPE -> "i.sub_event_type";
			case PLACE -> "i.place";
			case PLACE_ID -> "i.place_id";
			case GEO_PRECISION -> "i.geo_precision";
			case LOCATION_PRECISION -> "i.location_precision";
			case COUNTRY -> "i.country";
			case ADMIN1 -> "i.admin1";
			case KILLED -> "i.killed";
			case WOUNDED -> "i.wounded";
			case WEAPON -> "i.weapon";
			case SUMMARY -> "i.summary";
			case GRADE -> "i.grade";
			case HISTORICAL -> "i.historical";
			case GEOMETRY -> "i.geom";
		};
	}

	private static final class Writer {

		private final StringBuilder sql;

		private final Map<String, Object> params;

		Writer(StringBuilder sql, Map<String, Object> params) {
			this.sql = sql;
			this.params = params;
		}

		void write(PropertyFilter filter) {
			if (filter instanceof And and) {
				join(and.operands(), " AND ");
			}
			else if (filter instanceof Or or) {
				join(or.operands(), " OR ");
			}
			else if (filter instanceof Not not) {
				this.sql.append("NOT (");
				write(not.operand());
				this.sql.append(')');
			}
			else if (filter instanceof Comparison comparison) {
				this.sql.append(column(comparison.property()))
					.append(' ')
					.append(comparison.operator().symbol())
					.append(' ')
					.append(bind(comparison.value()));
			}
			else if (filter instanceof Like like) {
				this.sql.append(column(like.property())).append(like.negated() ? " NOT" : "");
				this.sql.append(String.format(LIKE, name(like.pattern())));
			}
			else if (filter instanceof Between between) {
				this.sql.append(column(between.property()))
					.append(between.negated() ? " NOT" : "")
					.append(" BETWEEN ")
					.append(bind(between.low()))
					.append(" AND ")
					.append(bind(between.high()));
			}
			else if (filter instanceof In in) {
				this.sql.append(column(in.property())).append(in.negated() ? " NOT" : "").append(" IN (");
				for (int i = 0; i < in.values().size(); i++) {
					this.sql.append((i > 0) ? ", " : "").append(bind(in.values().get(i)));
				}
				this.sql.append(')');
			}
			else if (filter instanceof IsNull isNull) {
				this.sql.append(column(isNull.property())).append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
			}
			else if (filter instanceof Constant constant) {
				this.sql.append(constant.value() ? TRUE : FALSE);
			}
			else if (filter instanceof Intersects intersects) {
				this.sql.append(String.format(INTERSECTS, name(intersects.wkt())));
			}
			else {
				String kind = (filter != null) ? filter.getClass().getSimpleName() : "null";
				throw new IllegalArgumentException("unsupported filter: " + kind);
			}
		}

		private void join(List<PropertyFilter> operands, String operator) {
			this.sql.append('(');
			for (int i = 0; i < operands.size(); i++) {
				this.sql.append((i > 0) ? operator : "");
				write(operands.get(i));
			}
			this.sql.append(')');
		}

		private String bind(Object value) {
			return ":" + name(value);
		}

		/** Binds the value under the next free {@code fN} name and returns the name. */
		private String name(Object value) {
			int n = 0;
			while (this.params.containsKey(PARAMETER_PREFIX + n)) {
				n++;
			}
			String name = PARAMETER_PREFIX + n;
			this.params.put(name, value);
			return name;
		}

	}

}
