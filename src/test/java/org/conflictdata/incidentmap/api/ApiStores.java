package org.conflictdata.incidentmap.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.conflictdata.incidentmap.TestDatabases;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Points a {@code @SpringBootTest} at one of the two stores. Every test class with the
 * same annotation shares one application context (and one server), because the
 * initializer class is part of Spring's context cache key.
 */
final class ApiStores {

	private ApiStores() {
	}

	/** The embedded H2GIS store, in memory for the whole test run. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@ContextConfiguration(initializers = H2gisInitializer.class)
	@interface H2gis {

	}

	/** The PostGIS test database ({@link TestDatabases#POSTGIS_URL}). */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@ContextConfiguration(initializers = PostgisInitializer.class)
	@interface Postgis {

	}

	static class H2gisInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
						"spring.datasource.password=")
				.applyTo(context);
		}

	}

	static class PostgisInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=" + TestDatabases.POSTGIS_URL,
						"spring.datasource.username=" + TestDatabases.POSTGIS_USER,
						"spring.datasource.password=" + TestDatabases.POSTGIS_PASSWORD)
				.applyTo(context);
		}

	}

}
