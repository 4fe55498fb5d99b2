package org.conflictdata.incidentmap.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.conflictdata.incidentmap.api.BadParameterException;
import org.conflictdata.incidentmap.article.Article;
import org.conflictdata.incidentmap.article.ArticleReader;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles}: ingests one posted article through the same pipeline as the
 * seeds and answers with the incidents it created or merged into (201 when the text was
 * new, 200 when it was already stored and nothing changed). Needs the write token.
 */
@RestController
class ArticleController {

	/** Longest article text accepted, in characters. */
	static final int MAX_TEXT_CHARS = 2_000_000;

	private final IngestService ingest;

	private final WriteAccess access;

	ArticleController(IngestService ingest, WriteAccess access) {
		this.ingest = ingest;
		this.access = access;
	}

	@PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IngestResult> post(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
			@RequestBody ArticlePost post) {
		this.access.check(auth);
		PostedText.check("text", post.text(), MAX_TEXT_CHARS);
		PostedText.check("title", post.title(), PostedText.MAX_FIELD_CHARS);
		PostedText.check("url", post.url(), PostedText.MAX_FIELD_CHARS);
		LocalDate published = parseDate(post.published());
		Article article = ArticleReader.fromPost(checkText(post.text()), post.title(), post.url(),
				(published != null) ? published.toString() : null);
		IngestResult result = this.ingest.ingest(article);
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
	}

	private static String checkText(String text) {
		if (text == null || text.isBlank()) {
			throw new BadParameterException("text", "the article text is empty");
		}
		if (text.length() > MAX_TEXT_CHARS) {
			throw new BadParameterException("text",
					"the article text is longer than " + MAX_TEXT_CHARS + " characters");
		}
		if (text.indexOf('\0') >= 0) {
			throw new BadParameterException("text", "the article text contains NUL characters; send plain text");
		}
		return text;
	}

	private static LocalDate parseDate(String published) {
		if (published == null || published.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(published.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException("published", "'" + published + "' is not an ISO date (YYYY-MM-DD)");
		}
	}

	/**
	 * The posted JSON: {@code text} is required; the rest may be absent.
	 *
	 * @param text the article text
	 * @param title the headline
	 * @param url where it was published
	 * @param published publication date, YYYY-MM-DD
	 */
	record ArticlePost(String text, String title, String url, String published) {
	}

}
