package org.conflictdata.incidentmap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar the way users do ({@code java -jar target/incident-map.jar …}) in
 * a working directory of the test's choosing, for the integration tests. The jar's path
 * comes from the {@code incident-map.jar} system property that failsafe sets.
 */
public final class JarProcess {

	private JarProcess() {
	}

	/** The result of a command that ran to its end. */
	public record Outcome(int exitCode, String stdout, String stderr) {
	}

	public static Path jar() {
		String jar = System.getProperty("incident-map.jar", "target/incident-map.jar");
		return Path.of(jar).toAbsolutePath();
	}

	/** Runs a command to its end (at most two minutes) and returns what it printed. */
	public static Outcome run(Path workDir, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("jar-out", ".txt");
		Path err = Files.createTempFile("jar-err", ".txt");
		Process process = builder(workDir, env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("'" + String.join(" ", args) + "' did not finish in two minutes");
		}
		return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** A port nothing listens on at the moment of asking. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Starts the service on {@code port} and waits until its health endpoint answers. */
	public static Process startService(Path workDir, Map<String, String> env, int port)
			throws IOException, InterruptedException {
		Path log = workDir.resolve("service.log");
		Process process = builder(workDir, env, "--server.port=" + port).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service stopped: " + Files.readString(log));
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the service did not become healthy: " + Files.readString(log));
	}

	private static ProcessBuilder builder(Path workDir, Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar().toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("INCIDENT_MAP_"));
		builder.environment().putAll(env);
		return builder;
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
