package org.conflictdata.incidentmap.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
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
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
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

}
