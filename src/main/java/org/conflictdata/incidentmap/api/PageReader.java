package org.conflictdata.incidentmap.api;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.conflictdata.incidentmap.incident.IncidentQuery;
import org.conflictdata.incidentmap.incident.IncidentStore;

import org.springframework.stereotype.Component;

/**
 * Reads pages of features on a few threads of its own, so that the database fetches the
 * next rows while the response thread writes the current ones ({@link StreamedPage}).
 * Each reader holds one pooled connection for as long as its page takes; the threads are
 * few ({@value #READERS}, under Hikari's default pool of 10) so that pages never take
 * every connection: a page request beyond them waits its turn.
 */
@Component
public class PageReader {

	static final int READERS = 4;

	private final IncidentStore store;

	private final ThreadPoolExecutor executor;

	PageReader(IncidentStore store) {
		this.store = store;
		this.executor = new ThreadPoolExecutor(READERS, READERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemons());
		this.executor.allowCoreThreadTimeOut(true);
	}

	/**
	 * Starts reading the query's page (its limit plus one row, to learn whether more
	 * follow) and returns once the first rows are there, the page turned out empty, or
	 * reading failed: a failure before the first row is thrown here, while the response
	 * can still be an error. A limit of 0 counts instead, on the calling thread.
	 */
	public StreamedPage open(IncidentQuery query) {
		if (query.limit() != null && query.limit() == 0) {
			return StreamedPage.counted(this.store.findFeaturePage(query));
		}
		return StreamedPage.read(this.store, query, this.executor);
	}

	/** Readers running or waiting to run now (for tests: none outlives its request). */
	int busy() {
		return this.executor.getActiveCount() + this.executor.getQueue().size();
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "page-reader-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
