package org.conflictdata.incidentmap.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads the request's parameters once, up front, so that a query string Tomcat cannot
 * decode (a lone {@code %}, {@code %ZZ}, a truncated escape) is answered with a 400
 * problem+json here rather than failing later inside a controller as an unexplained
 * error. Well-formed parameters pass untouched; what they mean is for the endpoints to
 * judge.
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
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: the query string (or form body) is not
			// decodable.
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The query string cannot be decoded: every '%' must start a valid escape such as %20, "
							+ "and escapes must spell UTF-8.");
			problem.setTitle("Malformed query string");
			ErrorResponseException malformed = new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, ex);
			if (this.errors.resolveException(request, response, null, malformed) == null) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
