package org.conflictdata.incidentmap.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.conflictdata.incidentmap.extraction.Actor;
import org.conflictdata.incidentmap.extraction.Count;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place that speaks SQL: documents, incidents, their sources and unresolved
 * mentions, in PostGIS or embedded H2GIS. Every statement is a constant with named
 * parameters; optional filters are chosen from constant fragments, never built from
 * input. Geometry is lon/lat (EPSG:4326). Methods do not open transactions themselves:
 * callers that need several writes to stand or fall together wrap them in one.
 */
@Repository
public class IncidentStore {

	private static final String INSERT_DOCUMENT = """
			INSERT INTO documents (content_hash, name, title, url, published, published_basis, body)
			VALUES (:hash, :name, :title, :url, :published, :publishedBasis, :body)
			""";

	private static final String FIND_DOCUMENT_BY_HASH = """
			SELECT id FROM documents WHERE content_hash = :hash
			""";

	private static final String SELECT_DOCUMENTS = """
			SELECT id, content_hash, name, title, url, published, published_basis, '' AS body
			FROM documents ORDER BY id
			""";

	private static final String INCIDENT_COLUMNS = """
			event_date, date_end, date_precision, time_precision, event_type, sub_event_type, place, place_id,
			geo_precision, location_precision, country, admin1, killed, killed_min, killed_max, wounded, wounded_min,
			wounded_max, weapon, summary, grade, historical, source_count, actor_names, actors_json, sources_json,
			explanation_json
			""";

	private static final String INSERT_INCIDENT = "INSERT INTO incidents (" + INCIDENT_COLUMNS + ", geom) VALUES ("
			+ """
					:date, :dateEnd, :datePrecision, :timePrecision, :eventType, :subEventType, :place, :placeId,
					:geoPrecision, :locationPrecision, :country, :admin1, :killed, :killedMin, :killedMax, :wounded,
					:woundedMin, :woundedMax, :weapon, :summary, :grade, :historical, :sourceCount, :actorNames,
					:actorsJson, :sourcesJson, :explanationJson, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
					""";

	private static final String UPDATE_INCIDENT = """
			UPDATE incidents SET event_date = :date, date_end = :dateEnd, date_precision = :datePrecision,
			time_precision = :timePrecision, event_type = :eventType, sub_event_type = :subEventType, place = :place,
			place_id = :placeId, geo_precision = :geoPrecision, location_precision = :locationPrecision,
			country = :country, admin1 = :admin1, killed = :killed, killed_min = :killedMin, killed_max = :killedMax,
			wounded = :wounded, wounded_min = :woundedMin, wounded_max = :woundedMax, weapon = :weapon,
			summary = :summary, grade = :grade, historical = :historical, source_count = :sourceCount,
			actor_names = :actorNames, actors_json = :actorsJson, sources_json = :sourcesJson,
			explanation_json = :explanationJson, geom = ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
			WHERE id = :id
			""";

	private static final String DELETE_SOURCES = "DELETE FROM incident_sources WHERE incident_id = :id";

	private static final String INSERT_SOURCE = """
			INSERT INTO incident_sources (incident_id, document_id, start_offset, end_offset)
			VALUES (:incidentId, :documentId, :start, :end)
			""";

	private static final String INSERT_UNRESOLVED = """
			INSERT INTO unresolved_mentions (document_id, start_offset, end_offset, sub_event_type, mention, reason)
			VALUES (:documentId, :start, :end, :subEventType, :mention, :reason)
			""";

	private static final String SELECT_INCIDENTS = "SELECT id, " + INCIDENT_COLUMNS
			+ ", ST_X(geom) AS lon, ST_Y(geom) AS lat FROM incidents i WHERE 1 = 1";

	private static final String COUNT_INCIDENTS = "SELECT COUNT(*) FROM incidents i WHERE 1 = 1";

	private static final String BY_ID = " AND i.id = :id";

	/**
	 * Rows fetched per round trip when streaming; with autocommit off (a transaction) the
	 * PostgreSQL driver then reads through a cursor instead of the whole result.
	 */
	private static final int STREAM_FETCH_SIZE = 500;

	private static final String ORDER = " ORDER BY i.event_date, i.id";

	private static final String PAGE = " LIMIT :limit OFFSET :offset";

	private static final String ONLY_OFFSET = " OFFSET :offset";

	private final JdbcClient jdbc;

	private final IncidentJson json;

	private final IncidentRows rows;

	public IncidentStore(JdbcClient jdbc, JsonMapper mapper) {
		this.jdbc = jdbc;
		this.json = new IncidentJson(mapper);
		this.rows = new IncidentRows(this.json);
	}

	/**
	 * Stores a document unless one with the same content hash is stored already.
	 * @return the document's id and whether this call created it
	 */
	public DocumentInsert insertDocument(StoredDocument document) {
		Optional<Long> existing = findDocumentId(document.contentHash());
		if (existing.isPresent()) {
			return new DocumentInsert(existing.get(), false);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			this.jdbc.sql(INSERT_DOCUMENT)
				.param("hash", document.contentHash())
				.param("name", document.name())
				.param("title", document.title())
				.param("url", document.url())
				.param("published", document.published())
				.param("publishedBasis", document.publishedBasis())
				.param("body", document.body())
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			// Another transaction stored the same text between our look-up and insert.
			return new DocumentInsert(findDocumentId(document.contentHash()).orElseThrow(() -> ex), false);
		}
		return new DocumentInsert(generatedId(keys), true);
	}

	public Optional<Long> findDocumentId(String contentHash) {
		return this.jdbc.sql(FIND_DOCUMENT_BY_HASH).param("hash", contentHash).query(Long.class).optional();
	}

	/** Every stored document's metadata, oldest first; bodies are left out (empty). */
	public List<StoredDocument> documents() {
		return this.jdbc.sql(SELECT_DOCUMENTS).query(IncidentStore::mapDocument).list();
	}

	/**
	 * Stores a new incident and links it to its sources' documents.
	 * @return the stored incident, with its id
	 */
	public Incident insert(Incident incident) {
		KeyHolder keys = new GeneratedKeyHolder();
		bindIncident(this.jdbc.sql(INSERT_INCIDENT), incident).update(keys, "id");
		Incident stored = incident.withId(generatedId(keys));
		insertSources(stored);
		return stored;
	}

	/** Replaces every field and the source links of a stored incident. */
	public void update(Incident incident) {
		if (incident.id() == null) {
			throw new IllegalArgumentException("cannot update an incident that has no id");
		}
		bindIncident(this.jdbc.sql(UPDATE_INCIDENT), incident).param("id", incident.id()).update();
		this.jdbc.sql(DELETE_SOURCES).param("id", incident.id()).update();
		insertSources(incident);
	}

	/**
	 * Keeps a mention that could not be placed, with the reason, instead of dropping it.
	 */
	public void insertUnresolved(long documentId, int start, int end, String subEventType, String mention,
			String reason) {
		this.jdbc.sql(INSERT_UNRESOLVED)
			.param("documentId", documentId)
			.param("start", start)
			.param("end", end)
			.param("subEventType", subEventType)
			.param("mention", truncate(mention, 2000))
			.param("reason", truncate(reason, 2000))
			.update();
	}

	public Optional<Incident> findById(long id) {
		return this.jdbc.sql(SELECT_INCIDENTS + BY_ID).param("id", id).query(this.rows::incident).optional();
	}

	/** Incidents matching the query, oldest first, paged by its limit and offset. */
	public List<Incident> find(IncidentQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = pagedSelect(query, params);
		return this.jdbc.sql(sql).params(params).query(this.rows::incident).list();
	}

	/** Like {@link #findById}, with the JSON columns as stored text (for writing out). */
	public Optional<FeatureRow> findFeatureById(long id) {
		return this.jdbc.sql(SELECT_INCIDENTS + BY_ID).param("id", id).query(IncidentRows.featureRows()).optional();
	}

	/** Like {@link #find}, with the JSON columns as stored text (for writing out). */
	public List<FeatureRow> findFeatures(IncidentQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = pagedSelect(query, params);
		return this.jdbc.sql(sql).params(params).query(IncidentRows.featureRows()).list();
	}

	/**
	 * Hands every incident matching the query to {@code consumer}, oldest first, one row
	 * at a time, honouring the query's limit and offset (a null limit streams all). Runs
	 * in a read-only transaction so that PostgreSQL reads through a server-side cursor;
	 * nothing but the current row is held in memory. An exception thrown by the consumer
	 * stops the stream and is passed on.
	 */
	@Transactional(readOnly = true)
	public void stream(IncidentQuery query, Consumer<Incident> consumer) {
		stream(query, this.rows::incident, consumer);
	}

	/** Like {@link #stream}, with the JSON columns as stored text (for writing out). */
	@Transactional(readOnly = true)
	public void streamFeatures(IncidentQuery query, Consumer<FeatureRow> consumer) {
		stream(query, IncidentRows.featureRows(), consumer);
	}

	private <T> void stream(IncidentQuery query, RowMapper<T> mapper, Consumer<T> consumer) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = pagedSelect(query, params);
		RowCallbackHandler row = (rs) -> consumer.accept(mapper.mapRow(rs, rs.getRow()));
		this.jdbc.sql(sql).withFetchSize(STREAM_FETCH_SIZE).params(params).query(row);
	}

	/** The select for a query's page, oldest first; fills in the parameters it binds. */
	private static String pagedSelect(IncidentQuery query, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(SELECT_INCIDENTS);
		params.putAll(IncidentFilterSql.where(query, sql));
		sql.append(ORDER);
		if (query.limit() != null) {
			sql.append(PAGE);
			params.put("limit", query.limit());
		}
		else {
			sql.append(ONLY_OFFSET);
		}
		params.put("offset", query.offset());
		return sql.toString();
	}

	/** How many incidents match the query, ignoring its limit and offset. */
	public long count(IncidentQuery query) {
		StringBuilder sql = new StringBuilder(COUNT_INCIDENTS);
		Map<String, Object> params = IncidentFilterSql.where(query, sql);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	/**
	 * A page of the query's features, with whether more follow and, when known, the
	 * total. Reads one row more than the limit instead of counting: that row only says
	 * that there is a next page. The total is known without a count when the page is not
	 * full (and not past the end); a full page leaves it unknown, since counting every
	 * match of a large query costs as much as reading the page (bench/README.md). A limit
	 * of 0 asks for the total alone: it reads no rows and counts. A null limit reads
	 * every row.
	 */
	public FeaturePage findFeaturePage(IncidentQuery query) {
		Integer limit = query.limit();
		if (limit != null && limit == 0) {
			long total = count(query);
			return new FeaturePage(List.of(), total > query.offset(), OptionalLong.of(total));
		}
		IncidentQuery oneMore = (limit != null) ? query.withPage(limit + 1, query.offset()) : query;
		List<FeatureRow> rows = findFeatures(oneMore);
		boolean more = limit != null && rows.size() > limit;
		List<FeatureRow> page = more ? rows.subList(0, limit) : rows;
		// An empty page past the end says nothing about where the end is.
		boolean last = !more && (!page.isEmpty() || query.offset() == 0);
		return new FeaturePage(page, more,
				last ? OptionalLong.of((long) query.offset() + page.size()) : OptionalLong.empty());
	}

	/**
	 * Incidents that could be the same event as one dated {@code [start, end]}: those of
	 * the same ACLED event_type whose date range comes within {@code slackDays} of it.
	 */
	public List<Incident> findCandidates(String eventType, LocalDate start, LocalDate end, int slackDays) {
		IncidentQuery query = new IncidentQuery(start.minusDays(slackDays), end.plusDays(slackDays), null, eventType,
				null, null, null, null, null, null, true, null, null, 0);
		return find(query);
	}

	private JdbcClient.StatementSpec bindIncident(JdbcClient.StatementSpec spec, Incident incident) {
		return spec.param("date", incident.date())
			.param("dateEnd", incident.dateEnd())
			.param("datePrecision", incident.datePrecision())
			.param("timePrecision", incident.timePrecision())
			.param("eventType", incident.eventType())
			.param("subEventType", incident.subEventType())
			.param("place", incident.place())
			.param("placeId", incident.placeId())
			.param("geoPrecision", incident.geoPrecision())
			.param("locationPrecision", incident.locationPrecision())
			.param("country", incident.country())
			.param("admin1", incident.admin1())
			.param("killed", value(incident.killed()))
			.param("killedMin", min(incident.killed()))
			.param("killedMax", max(incident.killed()))
			.param("wounded", value(incident.wounded()))
			.param("woundedMin", min(incident.wounded()))
			.param("woundedMax", max(incident.wounded()))
			.param("weapon", incident.weapon())
			.param("summary", truncate(incident.summary(), 2000))
			.param("grade", incident.grade())
			.param("historical", incident.historical())
			.param("sourceCount", incident.sources().size())
			.param("actorNames", actorNames(incident.actors()))
			.param("actorsJson", this.json.actors(incident.actors()))
			.param("sourcesJson", this.json.sources(incident.sources()))
			.param("explanationJson", this.json.explanation(incident.explanation()))
			.param("lon", incident.longitude())
			.param("lat", incident.latitude());
	}

	private void insertSources(Incident incident) {
		// One link per (document, sentence); a sentence cited twice is linked once.
		Map<String, Source> distinct = new LinkedHashMap<>();
		for (Source source : incident.sources()) {
			distinct.putIfAbsent(source.documentId() + ":" + source.start(), source);
		}
		for (Source source : distinct.values()) {
			this.jdbc.sql(INSERT_SOURCE)
				.param("incidentId", incident.id())
				.param("documentId", source.documentId())
				.param("start", source.start())
				.param("end", source.end())
				.update();
		}
	}

	private static StoredDocument mapDocument(ResultSet rs, int row) throws SQLException {
		return new StoredDocument(rs.getLong("id"), rs.getString("content_hash"), rs.getString("name"),
				rs.getString("title"), rs.getString("url"), rs.getObject("published", LocalDate.class),
				rs.getString("published_basis"), rs.getString("body"));
	}

	static String actorNames(List<Actor> actors) {
		List<String> names = new ArrayList<>();
		for (Actor actor : actors) {
			names.add(actor.name().toLowerCase(Locale.ROOT));
		}
		return truncate(names.stream().distinct().collect(Collectors.joining("|")), 2000);
	}

	private static Integer value(Count count) {
		return (count != null) ? count.value() : null;
	}

	private static Integer min(Count count) {
		return (count != null) ? count.min() : null;
	}

	private static Integer max(Count count) {
		return (count != null) ? count.max() : null;
	}

	private static long generatedId(KeyHolder keys) {
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("the database returned no generated id");
		}
		return key.longValue();
	}

	static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
