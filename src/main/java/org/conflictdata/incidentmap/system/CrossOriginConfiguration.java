package org.conflictdata.incidentmap.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin reads, off unless origins are configured. With none, no CORS rule is
 * registered: no response ever carries {@code Access-Control-Allow-Origin}, so browsers
 * keep other sites' scripts from reading anything. With a list, those origins may
 * {@code GET} (and {@code HEAD}) every path without credentials; writes are never allowed
 * cross-origin, and a request from any other origin is refused with 403 and no allow
 * header.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CrossOriginConfiguration {

	static final List<String> READ_METHODS = List.of("GET", "HEAD");

	static final List<String> READ_HEADERS = List.of("Accept", "Accept-Language", "Content-Language", "If-None-Match",
			"If-Modified-Since");

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(CrossOriginProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.corsOrigins().isEmpty()) {
			source.registerCorsConfiguration("/**", readOnly(properties.corsOrigins()));
		}
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		// Before the security headers and the body limit, so a refused preflight costs
		// nothing.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private static CorsConfiguration readOnly(List<String> origins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(origins);
		cors.setAllowedMethods(READ_METHODS);
		cors.setAllowedHeaders(READ_HEADERS);
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		return cors;
	}

	/**
	 * Refuses a cross-origin request the way every other error is answered, as
	 * problem+json, instead of Spring's plain-text "Invalid CORS request".
	 */
	static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		static final byte[] REFUSED = """
				{"type":"about:blank","title":"Cross-origin request refused","status":403,\
				"detail":"This origin may not use the service from a browser; reads are open only to the origins \
				listed in INCIDENT_MAP_CORS_ORIGINS, and writes to none."}""".getBytes(StandardCharsets.UTF_8);

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			response.setStatusCode(HttpStatus.FORBIDDEN);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			response.getBody().write(REFUSED);
			response.flush();
		}

	}

}
