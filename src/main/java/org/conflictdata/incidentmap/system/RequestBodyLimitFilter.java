package org.conflictdata.incidentmap.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

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
 * Refuses request bodies over {@value #MAX_BODY_BYTES} bytes with a 413 problem+json,
 * before any of it is parsed. A declared {@code Content-Length} over the limit is refused
 * at once; a body without one (chunked) on {@code POST}, {@code PUT} or {@code PATCH} is
 * read up to one byte past the limit and refused if it gets there, otherwise handed on
 * from memory. It guards every path, not only {@code /api/**}, so that no spelling of a
 * path can slip past it. The refusal goes through the application's one error path, so it
 * looks like every other problem.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	/**
	 * Largest body accepted: 2 MiB, room for an article of two million ASCII characters.
	 */
	static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

	private final HandlerExceptionResolver errors;

	RequestBodyLimitFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > MAX_BODY_BYTES) {
			refuse(request, response);
			return;
		}
		if (declared < 0 && METHODS_WITH_BODY.contains(request.getMethod())) {
			byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than " + MAX_BODY_BYTES + " bytes (2 MiB); send a shorter article.");
		problem.setTitle("Request body too large");
		problem.setProperty("maxBytes", MAX_BODY_BYTES);
		ErrorResponseException tooLarge = new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
		if (this.errors.resolveException(request, response, null, tooLarge) == null) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

}
