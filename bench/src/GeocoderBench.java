import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.conflictdata.incidentmap.geocoding.Gazetteer;
import org.conflictdata.incidentmap.geocoding.Geocoder;

/**
 * Lookups per second of Geocoder.locate over every sentence of the corpus (split at . ! ?),
 * repeated until the time is up, after one warm-up pass. Usage: GeocoderBench <seconds>
 * <file-or-dir>...
 */
public final class GeocoderBench {

	public static void main(String[] args) throws Exception {
		double seconds = Double.parseDouble(args[0]);
		List<String> sentences = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
					for (String sentence : Files.readString(file, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+")) {
						if (!sentence.isBlank()) {
							sentences.add(sentence);
						}
					}
				}
			}
		}
		long loadStarted = System.nanoTime();
		Geocoder geocoder = new Geocoder(Gazetteer.load());
		double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
		int resolved = 0;
		for (String sentence : sentences) {
			resolved += geocoder.locate(sentence).isResolved() ? 1 : 0;
		}
		long lookups = 0;
		long started = System.nanoTime();
		while (System.nanoTime() - started < seconds * 1e9) {
			for (String sentence : sentences) {
				geocoder.locate(sentence);
			}
			lookups += sentences.size();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		System.out.println("| sentences | resolved to a place | gazetteer load s | geocoder lookups/s (one sentence each) |");
		System.out.println("|---:|---:|---:|---:|");
		System.out.printf(Locale.ROOT, "| %d | %d | %.2f | %.0f |%n", sentences.size(), resolved, loadSeconds,
				lookups / elapsed);
	}

}
