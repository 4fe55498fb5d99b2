package org.conflictdata.incidentmap.system;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads the request's parameters once, up front, and refuses with a 400 problem+json what
 * no endpoint can use: a query string Tomcat cannot decode (a lone {@code %},
 * {@code %ZZ}, a truncated escape), and a NUL character in any parameter name or value
 * (PostgreSQL cannot hold one in text, so it would otherwise fail deep in a query).
 * Everything else passes untouched; what the values mean is for the endpoints to judge.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class MalformedParametersFilter extends OncePerRequestFilter {

	private final HandlerExceptionResolver errors;

	MalformedParametersFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: the query string (or form body) is not
			// decodable.
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The query string cannot be decoded: every '%' must start a valid escape such as %20, "
							+ "and escapes must spell UTF-8.");
			problem.setTitle("Malformed query string");
			refuse(request, response, problem);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (containsNul(parameter)) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"Parameter '" + parameter.getKey().replace('\0', ' ')
								+ "': contains a NUL character (%00), which no value may contain");
				problem.setTitle("Invalid parameter");
				problem.setType(URI.create("urn:incident-map:problem:invalid-parameter"));
				problem.setProperty("parameter", parameter.getKey().replace('\0', ' '));
				refuse(request, response, problem);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean containsNul(Map.Entry<String, String[]> parameter) {
		if (parameter.getKey().indexOf('\0') >= 0) {
			return true;
		}
		for (String value : parameter.getValue()) {
			if (value != null && value.indexOf('\0') >= 0) {
				return true;
			}
		}
		return false;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		ErrorResponseException refusal = new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
		if (this.errors.resolveException(request, response, null, refusal) == null) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

}
