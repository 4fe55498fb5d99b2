package org.conflictdata.incidentmap;

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

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(IncidentMapApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setLogStartupInfo(false);
			String[] commandArgs = Arrays.copyOf(args, args.length + 3);
			commandArgs[args.length] = "--incident-map.command=" + args[0];
			// A command works on what it is given, not on the seed folder.
			commandArgs[args.length + 1] = "--incident-map.seeds=";
			commandArgs[args.length + 2] = "--logging.level.root=WARN";
			System.exit(SpringApplication.exit(application.run(commandArgs)));
		}
		application.run(args);
	}

}
