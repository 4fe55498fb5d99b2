package org.conflictdata.incidentmap.api;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.conflictdata.incidentmap.incident.FeaturePage;
import org.conflictdata.incidentmap.incident.FeatureRow;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentStore;
import tools.jackson.core.JsonGenerator;

/**
 * A page of features written while it is still being read: a reader task (on
 * {@link PageReader}'s threads, in a read-only transaction of its own, through a cursor)
 * hands rows in batches over a small bounded queue to the thread that writes the
 * response, so the database fetches the next rows while the current ones are written. The
 * members that depend on the whole page — {@code numberMatched} (known on the last page),
 * {@code numberReturned} and the links (the next link needs the row after the page) — are
 * written after {@code features}.
 * <p>
 * The first batch is waited for before the response starts ({@link #read}), so a failure
 * before the first row is still an error response; a failure later aborts the response,
 * as the downloads do. If writing fails (the client went away), the reader is told to
 * stop and gives its connection back at its next row; a reader whose queue stays full for
 * {@link #STALL_SECONDS} (nobody writing) gives up as well.
 */
public final class StreamedPage {

	/**
	 * How the caller adds its members after the features, knowing whether more follow.
	 */
	@FunctionalInterface
	public interface Members {

		void write(JsonGenerator json, boolean more);

	}

	/** Rows handed over at a time: small enough that writing starts early. */
	static final int BATCH = 200;

	/** Batches read ahead of the writer at most. */
	static final int AHEAD = 8;

	static final long STALL_SECONDS = 600;

	/** Put after the last batch. */
	private static final Object END = new Object();

	private final BlockingQueue<Object> queue;

	private final FutureTask<Void> reader;

	private final Integer limit;

	private final long offset;

	private volatile boolean abandoned;

	private Object first;

	private int returned;

	private boolean more;

	private OptionalLong counted = OptionalLong.empty();

	private StreamedPage(Integer limit, long offset, BlockingQueue<Object> queue, FutureTask<Void> reader) {
		this.limit = limit;
		this.offset = offset;
		this.queue = queue;
		this.reader = reader;
	}

	/** A page whose answer is known already (limit 0: the count alone). */
	static StreamedPage counted(FeaturePage page) {
		BlockingQueue<Object> done = new ArrayBlockingQueue<>(1);
		StreamedPage streamed = new StreamedPage(0, 0, done, null);
		streamed.first = END;
		streamed.more = page.more();
		streamed.counted = page.matched();
		return streamed;
	}

	/** Starts the reader and waits for its first batch, its end, or its failure. */
	static StreamedPage read(IncidentStore store, IncidentQuery query, Executor executor) {
		Integer limit = query.limit();
		IncidentQuery oneMore = (limit != null) ? query.withPage(limit + 1, query.offset()) : query;
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
		StreamedPage[] self = new StreamedPage[1];
		FutureTask<Void> reader = new FutureTask<>(() -> {
			self[0].readInto(store, oneMore);
			return null;
		});
		StreamedPage page = new StreamedPage(limit, query.offset(), queue, reader);
		self[0] = page;
		executor.execute(reader);
		try {
			page.first = page.next();
			if (page.first instanceof Throwable failure) {
				throw rethrow(failure);
			}
		}
		catch (RuntimeException | Error ex) {
			page.abandon();
			throw ex;
		}
		return page;
	}

	/**
	 * Writes the FeatureCollection: {@code type}, the features as they arrive, then
	 * {@code numberMatched} when known, {@code numberReturned} and the caller's members.
	 * A failure of the reader is thrown from here, after the first bytes.
	 */
	public void write(JsonGenerator json, Members members) {
		boolean complete = false;
		try {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			writeFeatures(json);
			json.writeEndArray();
			OptionalLong matched = matched();
			if (matched.isPresent()) {
				json.writeNumberProperty("numberMatched", matched.getAsLong());
			}
			json.writeNumberProperty("numberReturned", this.returned);
			members.write(json, this.more);
			json.writeEndObject();
			complete = true;
		}
		finally {
			if (!complete) {
				abandon();
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void writeFeatures(JsonGenerator json) {
		Object item = this.first;
		this.first = null;
		while (item != END) {
			if (item instanceof Throwable failure) {
				throw rethrow(failure);
			}
			for (FeatureRow row : (List<FeatureRow>) item) {
				if (this.limit != null && this.returned == this.limit) {
					// the row after the page: only says that a next page exists
					this.more = true;
					break;
				}
				IncidentFeatureWriter.write(json, row);
				this.returned++;
			}
			item = next();
		}
		awaitReader();
	}

	/**
	 * The total when it is known without counting: on the last page (not past the end),
	 * exactly as {@link IncidentStore#findFeaturePage} tells it.
	 */
	private OptionalLong matched() {
		if (this.reader == null) {
			return this.counted;
		}
		boolean last = !this.more && (this.returned > 0 || this.offset == 0);
		return last ? OptionalLong.of(this.offset + this.returned) : OptionalLong.empty();
	}

	/** Runs on the reader's thread. */
	private void readInto(IncidentStore store, IncidentQuery query) {
		try {
			List<FeatureRow>[] batch = newBatch();
			store.streamFeatures(query, (row) -> {
				if (this.abandoned) {
					throw new CancellationException("The page's response was abandoned.");
				}
				batch[0].add(row);
				if (batch[0].size() == BATCH) {
					put(batch[0]);
					batch[0] = newBatch()[0];
				}
			});
			if (!batch[0].isEmpty()) {
				put(batch[0]);
			}
			put(END);
		}
		catch (Throwable ex) {
			if (!this.abandoned) {
				// room is certain unless the writer stopped taking, and then nobody reads
				// it
				this.queue.offer(ex);
			}
			if (ex instanceof Error error) {
				throw error;
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<FeatureRow>[] newBatch() {
		return new List[] { new ArrayList<FeatureRow>(BATCH) };
	}

	private void put(Object item) {
		long waited = 0;
		try {
			while (!this.queue.offer(item, 1, TimeUnit.SECONDS)) {
				if (this.abandoned || ++waited >= STALL_SECONDS) {
					this.abandoned = true;
					throw new CancellationException("Nobody is writing the page's response.");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.abandoned = true;
			throw new CancellationException("Interrupted while handing over the page's rows.");
		}
	}

	/** The reader's next item; never waits forever for a reader that has stopped. */
	private Object next() {
		try {
			while (true) {
				Object item = this.queue.poll(1, TimeUnit.SECONDS);
				if (item != null) {
					return item;
				}
				if (this.reader.isDone() && this.queue.isEmpty()) {
					throw new IllegalStateException("The page's reader stopped without an answer.");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the page's rows.", ex);
		}
	}

	/** After the end: the reader's task returns right after handing it over. */
	private void awaitReader() {
		if (this.reader == null) {
			return;
		}
		try {
			this.reader.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | CancellationException ex) {
			// the reader already handed over its end; nothing is left to tell
		}
	}

	/** Tells the reader to stop at its next row or its next wait. */
	private void abandon() {
		this.abandoned = true;
		if (this.reader != null) {
			// not started yet: never start
			this.reader.cancel(false);
		}
	}

	private static RuntimeException rethrow(Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException("Reading the page failed.", failure);
	}

}
