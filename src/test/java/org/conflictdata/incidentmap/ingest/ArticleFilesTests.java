package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticleFilesTests {

	@TempDir
	Path temp;

	@Test
	void shouldListArticlesSortedAndSkipSidecarsAndHiddenFiles() throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("seeds"));
		Files.writeString(folder.resolve("b.txt"), "B");
		Files.writeString(folder.resolve("a.txt"), "A");
		Files.writeString(folder.resolve("a.txt.meta.json"), "{}");
		Files.writeString(folder.resolve(".hidden"), "H");
		List<String> refused = new ArrayList<>();

		List<Path> files = ArticleFiles.list(folder, refused);

		assertThat(files).extracting((path) -> path.getFileName().toString()).containsExactly("a.txt", "b.txt");
		assertThat(refused).isEmpty();
	}

	@Test
	void shouldRefuseASymlinkThatLeadsOutsideTheGivenFolder() throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("seeds"));
		Path secret = Files.writeString(this.temp.resolve("secret.txt"), "outside");
		Files.createSymbolicLink(folder.resolve("link.txt"), secret);
		Files.writeString(folder.resolve("real.txt"), "inside");
		List<String> refused = new ArrayList<>();

		List<Path> files = ArticleFiles.list(folder, refused);

		assertThat(files).extracting((path) -> path.getFileName().toString()).containsExactly("real.txt");
		assertThat(refused).singleElement().asString().contains("link.txt").contains("leads outside");
	}

	@Test
	void shouldFollowASymlinkThatStaysInsideTheFolder() throws IOException {
		Path folder = Files.createDirectories(this.temp.resolve("seeds"));
		Path target = Files.writeString(folder.resolve("real.txt"), "inside");
		Files.createSymbolicLink(folder.resolve("alias.txt"), target);
		List<String> refused = new ArrayList<>();

		List<Path> files = ArticleFiles.list(folder, refused);

		assertThat(files).containsOnly(target.toRealPath());
		assertThat(refused).isEmpty();
	}

	@Test
	void shouldSayWhenThePathDoesNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArticleFiles.list(this.temp.resolve("nope"), List.of()))
			.withMessageContaining("does not exist");
	}

}
