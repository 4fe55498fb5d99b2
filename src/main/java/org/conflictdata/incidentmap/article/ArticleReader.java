package org.conflictdata.incidentmap.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds {@link Article}s from files (UTF-8 text plus an optional sidecar
 * {@code <file>.meta.json} or {@code <stem>.meta.json} holding {@code title}, {@code url}
 * and {@code published}) and from posted fields. The text is normalised by
 * {@link TextNormalizer} before anything else looks at it, so the stored text and every
 * offset refer to the normalised form. A missing title is taken from the first
 * heading-like line, skipping site boilerplate; a missing publication date is inferred by
 * {@link PublicationDates}. Binary input (NUL bytes), invalid UTF-8, a malformed sidecar
 * or a malformed {@code published} value is rejected with an
 * {@link IllegalArgumentException} that names the file or field; a null or blank posted
 * text gives an article with empty text.
 */
public final class ArticleReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Lines that web pages put above the headline and that are never the headline. */
	private static final Set<String> BOILERPLATE = Set.of("skip to content", "skip to main content",
			"press \"enter\" to skip to content", "odds and ends", "menu", "search", "home", "advertisement",
			"share this", "related posts", "main menu", "close", "subscribe", "sign in", "log in");

	private static final Pattern NOT_A_HEADLINE = Pattern
		.compile("(?i)^\\s*(by\\s|date[:\\s]|published|posted|updated|" + "(?:\\w+day,\\s+)?" + MonthNames.PATTERN
				+ "\\s+\\d|\\d{1,2}\\s+" + MonthNames.PATTERN + "|\\d{4}-\\d{2}|https?:)");

	/** How many non-blank lines from the top may hold the headline. */
	private static final int TITLE_SEARCH_LINES = 6;

	private ArticleReader() {
	}

	/**
	 * Reads one article file and its sidecar metadata, if any.
	 * @throws IllegalArgumentException when the file is binary or not valid UTF-8, or the
	 * sidecar is malformed
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public static Article read(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read article " + file, ex);
		}
		String text = TextNormalizer.normalize(decode(bytes, file.toString()));
		String name = file.getFileName().toString();
		Path sidecar = sidecarOf(file);
		String title = null;
		String url = null;
		String published = null;
		if (sidecar != null) {
			JsonNode meta = readJson(sidecar);
			title = field(meta, "title");
			url = field(meta, "url");
			published = field(meta, "published");
		}
		return build(name, text, title, url, parsePublished(published, sidecar + " field published"));
	}

	/**
	 * Reads several article files as one batch. An article dated only by the weekdays it
	 * gives with its days, which several years may fit (see {@link WeekdayYears}), takes
	 * the year nearest to the median date of the other articles of the batch, because
	 * documents collected together mostly come from one period; the basis says so.
	 * @throws IllegalArgumentException as {@link #read(Path)}
	 * @throws UncheckedIOException as {@link #read(Path)}
	 */
	public static List<Article> readAll(List<Path> files) {
		return inBatch(files.stream().map(ArticleReader::read).toList());
	}

	/**
	 * The articles read together, each article dated only by its weekdays taking the year
	 * nearest to the median date of the others, as in {@link #readAll(List)}; the other
	 * articles are returned as they are.
	 */
	public static List<Article> inBatch(List<Article> read) {
		List<Article> articles = new ArrayList<>(read);
		List<LocalDate> dated = new ArrayList<>();
		for (Article article : articles) {
			if (article.published() != null && !byWeekday(article)) {
				dated.add(article.published());
			}
		}
		if (dated.isEmpty()) {
			return articles;
		}
		dated.sort(null);
		LocalDate hint = dated.get(dated.size() / 2);
		articles.replaceAll((a) -> byWeekday(a) ? PublicationDates.infer(a.text(), LocalDate.now(), hint)
			.map((d) -> new Article(a.name(), a.text(), a.title(), a.url(), d.date(), d.basis()))
			.orElse(a) : a);
		return articles;
	}

	private static boolean byWeekday(Article article) {
		return article.publishedBasis() != null && article.publishedBasis().contains(WeekdayYears.BASIS);
	}

	/**
	 * An article from fields posted to the API. {@code published} is an ISO date
	 * ({@code 2020-01-03}) or date-time, or null/blank when unknown.
	 * @throws IllegalArgumentException when {@code published} is present but not an ISO
	 * date
	 */
	public static Article fromPost(String text, String title, String url, String published) {
		return build("api", TextNormalizer.normalize(text), blankToNull(title), blankToNull(url),
				parsePublished(published, "published"));
	}

	private static Article build(String name, String text, String title, String url, LocalDate published) {
		String headline = (title != null) ? TextNormalizer.normalize(title).strip() : headline(text).orElse(null);
		if (published != null) {
			return new Article(name, text, headline, url, published, "metadata");
		}
		Optional<PublicationDates.Inferred> inferred = PublicationDates.infer(text);
		return new Article(name, text, headline, url, inferred.map(PublicationDates.Inferred::date).orElse(null),
				inferred.map(PublicationDates.Inferred::basis).orElse(null));
	}

	/**
	 * The first short line near the top that reads like a headline: not boilerplate, not
	 * a byline or date line, and either without a final full stop or in title case.
	 */
	static Optional<String> headline(String text) {
		int seen = 0;
		for (String raw : text.split("\n")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (++seen > TITLE_SEARCH_LINES) {
				break;
			}
			if (BOILERPLATE.contains(line.toLowerCase(Locale.ROOT)) || NOT_A_HEADLINE.matcher(line).find()) {
				continue;
			}
			String[] words = line.split("\\s+");
			if (line.length() > 200 || words.length > 25) {
				continue;
			}
			if (!line.endsWith(".") || isTitleCase(words)) {
				return Optional.of(line);
			}
		}
		return Optional.empty();
	}

	private static boolean isTitleCase(String[] words) {
		int longWords = 0;
		int capitalised = 0;
		for (String w : words) {
			if (w.length() > 3) {
				longWords++;
				if (Character.isUpperCase(w.charAt(0))) {
					capitalised++;
				}
			}
		}
		return longWords > 0 && capitalised * 10 >= longWords * 8;
	}

	private static String decode(byte[] bytes, String where) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new IllegalArgumentException(
						where + " is not a text file: it contains a NUL byte at offset " + i);
			}
		}
		int from = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(where + " is not valid UTF-8 text", ex);
		}
	}

	private static Path sidecarOf(Path file) {
		String name = file.getFileName().toString();
		Path withName = file.resolveSibling(name + ".meta.json");
		if (Files.isRegularFile(withName)) {
			return withName;
		}
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			Path withStem = file.resolveSibling(name.substring(0, dot) + ".meta.json");
			if (Files.isRegularFile(withStem)) {
				return withStem;
			}
		}
		return null;
	}

	private static JsonNode readJson(Path sidecar) {
		try {
			JsonNode node = JSON.readTree(decode(Files.readAllBytes(sidecar), sidecar.toString()));
			if (node == null || !node.isObject()) {
				throw new IllegalArgumentException(sidecar + " must hold a JSON object");
			}
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read metadata " + sidecar, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(sidecar + " is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static String field(JsonNode meta, String name) {
		JsonNode value = meta.get(name);
		return (value != null && value.isString()) ? blankToNull(value.stringValue()) : null;
	}

	private static LocalDate parsePublished(String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(v).toLocalDate();
			}
			catch (DateTimeParseException again) {
				throw new IllegalArgumentException(what + " must be an ISO date like 2020-01-03, not '" + v + "'");
			}
		}
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s;
	}

}
