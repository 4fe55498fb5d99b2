package org.conflictdata.incidentmap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the article files a user named: a file itself, or every article file below a
 * folder, sorted by path. Sidecar metadata ({@code *.meta.json}) and hidden files are not
 * articles. A symbolic link is followed only when its target stays inside the folder that
 * was given; one that leads outside is refused and reported, so a seed folder cannot be
 * used to read other files.
 */
public final class ArticleFiles {

	private ArticleFiles() {
	}

	/**
	 * The article files at or below {@code given}.
	 * @param given a file or folder
	 * @param refused collects a message for each path refused
	 * @throws IllegalArgumentException when {@code given} does not exist
	 */
	public static List<Path> list(Path given, List<String> refused) {
		if (!Files.exists(given)) {
			throw new IllegalArgumentException("'" + given + "' does not exist");
		}
		try {
			Path root = given.toRealPath();
			if (Files.isRegularFile(root)) {
				return List.of(root);
			}
			List<Path> files = new ArrayList<>();
			try (Stream<Path> walk = Files.walk(given)) {
				for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
					if (path.equals(given) || !isArticleName(path)) {
						continue;
					}
					Path real = path.toRealPath();
					if (!real.startsWith(root)) {
						refused.add("'" + path + "' leads outside '" + given + "' (to '" + real + "'); not read");
					}
					else if (Files.isRegularFile(real)
							&& (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path))) {
						files.add(real);
					}
				}
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read '" + given + "': " + ex.getMessage(), ex);
		}
	}

	private static boolean isArticleName(Path path) {
		String name = path.getFileName().toString();
		return !name.startsWith(".") && !name.endsWith(".meta.json");
	}

}
