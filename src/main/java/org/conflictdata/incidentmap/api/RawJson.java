package org.conflictdata.incidentmap.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * JSON text held as the UTF-8 bytes the store keeps, for
 * {@link tools.jackson.core.JsonGenerator#writeRawValue(SerializableString)}: a generator
 * that writes UTF-8 copies the bytes into its output as they are, with no decoding into a
 * {@code String} and no encoding back (most of the cost of a large page once the JSON was
 * no longer parsed, bench/README.md). The text is written unquoted and unchecked, so it
 * must be well-formed JSON; the quoted forms escape it as a JSON string would, for a
 * generator that asks for them. The bytes are not copied: the caller must not change
 * them.
 */
final class RawJson implements SerializableString {

	private final byte[] utf8;

	private String text;

	RawJson(byte[] utf8) {
		this.utf8 = utf8;
	}

	@Override
	public String getValue() {
		if (this.text == null) {
			this.text = new String(this.utf8, StandardCharsets.UTF_8);
		}
		return this.text;
	}

	@Override
	public int charLength() {
		return getValue().length();
	}

	@Override
	public char[] asQuotedChars() {
		return quoted().toCharArray();
	}

	@Override
	public byte[] asUnquotedUTF8() {
		return this.utf8.clone();
	}

	@Override
	public byte[] asQuotedUTF8() {
		return quoted().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public int appendQuotedUTF8(byte[] buffer, int offset) {
		return append(asQuotedUTF8(), buffer, offset);
	}

	@Override
	public int appendQuoted(char[] buffer, int offset) {
		return append(asQuotedChars(), buffer, offset);
	}

	@Override
	public int appendUnquotedUTF8(byte[] buffer, int offset) {
		return append(this.utf8, buffer, offset);
	}

	@Override
	public int appendUnquoted(char[] buffer, int offset) {
		return append(getValue().toCharArray(), buffer, offset);
	}

	@Override
	public int writeQuotedUTF8(OutputStream out) throws IOException {
		byte[] quoted = asQuotedUTF8();
		out.write(quoted);
		return quoted.length;
	}

	@Override
	public int writeUnquotedUTF8(OutputStream out) throws IOException {
		out.write(this.utf8);
		return this.utf8.length;
	}

	@Override
	public int putQuotedUTF8(ByteBuffer buffer) {
		return put(asQuotedUTF8(), buffer);
	}

	@Override
	public int putUnquotedUTF8(ByteBuffer buffer) {
		return put(this.utf8, buffer);
	}

	@Override
	public String toString() {
		return getValue();
	}

	/** The text's characters escaped as inside a JSON string, without the quotes. */
	private String quoted() {
		StringBuilder quoted = new StringBuilder();
		JsonStringEncoder.getInstance().quoteAsString(getValue(), quoted);
		return quoted.toString();
	}

	private static int append(byte[] from, byte[] buffer, int offset) {
		if (offset + from.length > buffer.length) {
			return -1;
		}
		System.arraycopy(from, 0, buffer, offset, from.length);
		return from.length;
	}

	private static int append(char[] from, char[] buffer, int offset) {
		if (offset + from.length > buffer.length) {
			return -1;
		}
		System.arraycopy(from, 0, buffer, offset, from.length);
		return from.length;
	}

	private static int put(byte[] from, ByteBuffer buffer) {
		if (from.length > buffer.remaining()) {
			return -1;
		}
		buffer.put(from);
		return from.length;
	}

}
