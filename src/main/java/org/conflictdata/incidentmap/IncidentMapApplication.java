package org.conflictdata.incidentmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Incident Map: finds the incidents news articles report, geocodes them to named places,
 * stores them in PostGIS (or embedded H2GIS) and serves them as GeoJSON, OGC API Features
 * and a Leaflet map. With no arguments it runs the service; with a command as first
 * argument ({@code ingest}, {@code evaluate}, {@code generate}) it runs that command
 * against the configured store and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IncidentMapApplication {

	/** Commands the jar runs instead of the service. */
	static final List<String> COMMANDS = List.of("ingest", "evaluate", "generate");

	/** A private in-memory store for {@code evaluate}, whatever store is configured. */
	static final List<String> EVALUATION_STORE = List.of("--spring.datasource.url=jdbc:h2:mem:evaluate",
			"--spring.datasource.username=sa", "--spring.datasource.password=");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(IncidentMapApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setLogStartupInfo(false);
			List<String> commandArgs = new ArrayList<>(Arrays.asList(args));
			commandArgs.add("--incident-map.command=" + args[0]);
			// A command works on what it is given, not on the seed folder.
			commandArgs.add("--incident-map.seeds=");
			commandArgs.add("--logging.level.root=WARN");
			if (args[0].equals("evaluate")) {
				// evaluate never touches the store, so it must not wait for the lock a
				// running service holds on the embedded store's file
				commandArgs.addAll(EVALUATION_STORE);
			}
			System.exit(SpringApplication.exit(application.run(commandArgs.toArray(String[]::new))));
		}
		application.run(args);
	}

}
