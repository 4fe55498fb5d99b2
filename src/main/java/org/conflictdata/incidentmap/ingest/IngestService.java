package org.conflictdata.incidentmap.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.extraction.IncidentMention;
import org.conflictdata.incidentmap.incident.DocumentInsert;
import org.conflictdata.incidentmap.incident.Drafts;
import org.conflictdata.incidentmap.incident.Incident;
import org.conflictdata.incidentmap.incident.IncidentClusterer;
import org.conflictdata.incidentmap.incident.IncidentStore;
import org.conflictdata.incidentmap.incident.StoredDocument;
import org.conflictdata.incidentmap.incident.UnresolvedMention;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an article and the incidents it reports, merging each with the stored incident
 * of the same event when there is one. One article is one transaction: its document,
 * incidents, source links and unresolved mentions are all stored, or none. Articles are
 * ingested one at a time in this process so that two reports of one event arriving
 * together cannot both create it. The same text twice (by content hash) changes nothing.
 */
@Service
public class IngestService {

	/**
	 * Days either side of a new incident's dates within which stored incidents are
	 * compared.
	 */
	static final int CANDIDATE_SLACK_DAYS = 3;

	private final IncidentStore store;

	private final ArticlePipeline pipeline;

	private final TransactionTemplate transactions;

	private final ReentrantLock writer = new ReentrantLock(true);

	public IngestService(IncidentStore store, ArticlePipeline pipeline, TransactionTemplate transactions) {
		this.store = store;
		this.pipeline = pipeline;
		this.transactions = transactions;
	}

	public IngestResult ingest(Article article) {
		this.writer.lock();
		try {
			return this.transactions.execute((status) -> ingestInTransaction(article));
		}
		finally {
			this.writer.unlock();
		}
	}

	private IngestResult ingestInTransaction(Article article) {
		DocumentInsert document = this.store
			.insertDocument(new StoredDocument(null, contentHash(article.text()), article.name(), article.title(),
					article.url(), article.published(), article.publishedBasis(), article.text()));
		if (!document.created()) {
			return IngestResult.unchanged(document.id());
		}
		Drafts extraction = this.pipeline.run(article, document.id());
		for (UnresolvedMention unresolved : extraction.unresolved()) {
			IncidentMention mention = unresolved.mention();
			this.store.insertUnresolved(document.id(), mention.start(), mention.end(),
					(mention.type() != null) ? mention.type().subEventType() : null, mention.sentence(),
					unresolved.reason());
		}
		List<Long> created = new ArrayList<>();
		List<Long> merged = new ArrayList<>();
		for (Incident draft : extraction.incidents()) {
			Optional<Incident> same = sameStoredEvent(draft);
			if (same.isPresent()) {
				Incident combined = this.pipeline.clusterer().merge(same.get(), draft).withId(same.get().id());
				this.store.update(combined);
				merged.add(combined.id());
			}
			else {
				created.add(this.store.insert(draft).id());
			}
		}
		return new IngestResult(document.id(), true, created, merged, extraction.unresolved().size());
	}

	private Optional<Incident> sameStoredEvent(Incident draft) {
		// The best-agreeing stored incident, not the first acceptable one, as the
		// in-memory
		// batch chooses: otherwise ingest order decides which of two near incidents a
		// report joins.
		IncidentClusterer clusterer = this.pipeline.clusterer();
		return clusterer.matchOf(
				this.store.findCandidates(draft.eventType(), draft.date(), draft.dateEnd(), CANDIDATE_SLACK_DAYS),
				draft);
	}

	/** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
	static String contentHash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
