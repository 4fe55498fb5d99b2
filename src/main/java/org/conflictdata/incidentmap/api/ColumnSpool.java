package org.conflictdata.incidentmap.api;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects the values of a columnar JSON document ({@code "id": [...], "lon": [...]})
 * while rows stream in, then writes them column after column. A column can only be
 * written once every row has been read, so each column's JSON text goes to its own buffer
 * of {@link #BUFFER_BYTES}, and a column that outgrows it spills to a temporary file:
 * memory stays flat however many rows there are, and a small answer never touches the
 * disk. Values are JSON numbers, written as ASCII. {@link #close} deletes the temporary
 * files and may be called more than once; a spool is used by one thread.
 */
final class ColumnSpool implements Closeable {

	static final int BUFFER_BYTES = 64 * 1024;

	private final String[] names;

	private final Column[] columns;

	private long rows;

	/** A spool of the named columns, in the order they will be written. */
	ColumnSpool(String... names) {
		this.names = names.clone();
		this.columns = new Column[names.length];
		for (int i = 0; i < names.length; i++) {
			this.columns[i] = new Column();
		}
	}

	/** Appends a whole number to column {@code column} (its index among the names). */
	void add(int column, long value) {
		Column target = this.columns[column];
		target.separate();
		target.putLong(value);
	}

	/** Appends a decimal to column {@code column}, written without an exponent. */
	void add(int column, BigDecimal value) {
		Column target = this.columns[column];
		target.separate();
		String text = value.toPlainString();
		for (int i = 0; i < text.length(); i++) {
			target.put((byte) text.charAt(i));
		}
	}

	/** Counts one row; for documents that report how many rows they hold. */
	void endRow() {
		this.rows++;
	}

	long rows() {
		return this.rows;
	}

	/**
	 * Writes every column as {@code ,"name":[v,v,...]}, in the order named: the caller
	 * writes the members before them and the closing brace.
	 */
	void writeTo(OutputStream out) throws IOException {
		for (int i = 0; i < this.columns.length; i++) {
			out.write((",\"" + this.names[i] + "\":[").getBytes(StandardCharsets.US_ASCII));
			this.columns[i].copyTo(out);
			out.write(']');
		}
	}

	@Override
	public void close() {
		IOException failed = null;
		for (Column column : this.columns) {
			try {
				column.delete();
			}
			catch (IOException ex) {
				failed = ex;
			}
		}
		if (failed != null) {
			throw new UncheckedIOException("could not delete a spooled column", failed);
		}
	}

	/**
	 * One column's JSON text: a buffer, then a temporary file once the buffer is full.
	 */
	private static final class Column {

		private final byte[] buffer = new byte[BUFFER_BYTES];

		/** Digits of one number, written backwards. */
		private final byte[] digits = new byte[20];

		private int used;

		private boolean empty = true;

		private Path file;

		private OutputStream spill;

		void separate() {
			if (this.empty) {
				this.empty = false;
			}
			else {
				put((byte) ',');
			}
		}

		void putLong(long value) {
			if (value < 0) {
				put((byte) '-');
			}
			// Digits from the negative side, where Long.MIN_VALUE has a counterpart.
			long rest = (value < 0) ? value : -value;
			int count = 0;
			do {
				this.digits[count++] = (byte) ('0' - (rest % 10));
				rest /= 10;
			}
			while (rest != 0);
			while (count > 0) {
				put(this.digits[--count]);
			}
		}

		void put(byte b) {
			if (this.used == this.buffer.length) {
				spill();
			}
			this.buffer[this.used++] = b;
		}

		private void spill() {
			try {
				if (this.spill == null) {
					this.file = Files.createTempFile("incident-map-", ".column");
					this.spill = Files.newOutputStream(this.file);
				}
				this.spill.write(this.buffer, 0, this.used);
				this.used = 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not spool a column to a temporary file", ex);
			}
		}

		void copyTo(OutputStream out) throws IOException {
			if (this.spill != null) {
				this.spill.close();
				Files.copy(this.file, out);
			}
			out.write(this.buffer, 0, this.used);
		}

		void delete() throws IOException {
			if (this.spill != null) {
				this.spill.close();
			}
			if (this.file != null) {
				Files.deleteIfExists(this.file);
			}
		}

	}

}
