package org.conflictdata.incidentmap.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticleReaderTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					000_1f3a1c9e903c2ecf.txt | Is U.S. Embassy Attack in Baghdad Part of an Iran Trap?          | 2019-12-31 | latest date mentioned
					002_b25954bcfc29d90c.txt | Maximum Pressure on Iran Is Working. That's Why It's Lashing Out. Let's Keep It Up. | 2019-12-31 | date line
					003_680dd0db58cbb6ab.txt | 3 Different Points in Dynamic of US-Iraq-Iran Relations          | 2020-03-27 | byline
					004_f65373e0f6cc8efd.txt | The War Between Iran And The USA Started In Iraq                 | 2020-01-03 | date line
					""")
	void shouldReadTheSeedsWithTitleAndInferredPublicationDate(String file, String title, LocalDate published,
			String basis) {
		Article article = ArticleReader.read(Path.of("seeds", file));
		assertThat(article.name()).isEqualTo(file);
		assertThat(article.title()).isEqualTo(title);
		assertThat(article.published()).isEqualTo(published);
		assertThat(article.publishedBasis()).startsWith(basis);
		assertThat(article.text()).doesNotContain("\u2019", "\u00a0", "\u2014");
	}

	@Test
	void shouldPreferSidecarMetadataOverInference() throws IOException {
		Path file = this.dir.resolve("report.txt");
		Files.writeString(file, "Rockets hit a base\n\nJanuary 3, 2020\n\nRockets hit a base on Friday.");
		Files.writeString(this.dir.resolve("report.txt.meta.json"),
				"{\"title\":\"Official title\",\"url\":\"https://example.org/a\",\"published\":\"2020-01-05\"}");
		Article article = ArticleReader.read(file);
		assertThat(article.title()).isEqualTo("Official title");
		assertThat(article.url()).isEqualTo("https://example.org/a");
		assertThat(article.published()).isEqualTo(LocalDate.of(2020, 1, 5));
		assertThat(article.publishedBasis()).isEqualTo("metadata");
	}

	@Test
	void shouldFindASidecarNamedAfterTheStemAndAcceptADateTime() throws IOException {
		Path file = this.dir.resolve("report.txt");
		Files.writeString(file, "Some text.");
		Files.writeString(this.dir.resolve("report.meta.json"), "{\"published\":\"2020-01-05T10:00:00Z\"}");
		assertThat(ArticleReader.read(file).published()).isEqualTo(LocalDate.of(2020, 1, 5));
	}

	@Test
	void shouldRejectAMalformedSidecarNamingIt() throws IOException {
		Path file = this.dir.resolve("report.txt");
		Files.writeString(file, "Some text.");
		Files.writeString(this.dir.resolve("report.txt.meta.json"), "{ not json");
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleReader.read(file))
			.withMessageContaining("report.txt.meta.json");
	}

	@Test
	void shouldRejectBinaryInput() throws IOException {
		Path file = this.dir.resolve("image.txt");
		Files.write(file, new byte[] { 'G', 'I', 'F', 0, 1, 2 });
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleReader.read(file))
			.withMessageContaining("NUL byte");
	}

	@Test
	void shouldRejectInvalidUtf8() throws IOException {
		Path file = this.dir.resolve("latin1.txt");
		Files.write(file, "Caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1));
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleReader.read(file))
			.withMessageContaining("not valid UTF-8");
	}

	@Test
	void shouldSkipAByteOrderMark() throws IOException {
		Path file = this.dir.resolve("bom.txt");
		Files.write(file, "\uFEFFHeadline here\n\nBody.".getBytes(StandardCharsets.UTF_8));
		assertThat(ArticleReader.read(file).text()).startsWith("Headline here");
	}

	@Test
	void shouldBuildAPostedArticleAndInferTheDateWhenNoneIsPosted() {
		Article article = ArticleReader.fromPost("Attack on base\n\nMarch 3, 2021\n\nRockets hit.", null, null, null);
		assertThat(article.name()).isEqualTo("api");
		assertThat(article.title()).isEqualTo("Attack on base");
		assertThat(article.published()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(article.publishedBasis()).isEqualTo("date line");
	}

	@Test
	void shouldUseThePostedDateAndTitle() {
		Article article = ArticleReader.fromPost("Body\u2014text.", "Title", "https://x.org", "2021-03-04");
		assertThat(article.text()).isEqualTo("Body - text.");
		assertThat(article.title()).isEqualTo("Title");
		assertThat(article.published()).isEqualTo(LocalDate.of(2021, 3, 4));
		assertThat(article.publishedBasis()).isEqualTo("metadata");
	}

	@Test
	void shouldRejectAMalformedPostedDateNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleReader.fromPost("x", null, null, "03/04/2021"))
			.withMessageContaining("published");
	}

	@Test
	void shouldGiveAnEmptyArticleForNullPostedText() {
		Article article = ArticleReader.fromPost(null, null, null, null);
		assertThat(article.text()).isEmpty();
		assertThat(article.title()).isNull();
		assertThat(article.published()).isNull();
		assertThat(article.publishedBasis()).isNull();
	}

	@Test
	void shouldSkipBoilerplateAndTakeTheFirstHeadingLikeLineAsTitle() {
		assertThat(ArticleReader.headline("Skip to content\n\nMenu\n\nRockets Strike Base Near Kirkuk\n\nBody."))
			.contains("Rockets Strike Base Near Kirkuk");
		assertThat(
				ArticleReader.headline("By Jane Doe, March 3, 2021\n\nA long first sentence of the body that ends.\n"))
			.isEmpty();
	}

}
