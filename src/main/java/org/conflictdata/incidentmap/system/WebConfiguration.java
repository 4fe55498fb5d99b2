package org.conflictdata.incidentmap.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the offline basemap layers prepared in {@code geo/basemap} at {@code /basemap/};
 * the page itself and its modules are Spring Boot's static resources (the
 * {@code frontend} folder).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/basemap/**").addResourceLocations("classpath:/geo/basemap/");
	}

}
