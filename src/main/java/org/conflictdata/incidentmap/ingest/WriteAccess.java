package org.conflictdata.incidentmap.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Guards every write: the caller must send {@code Authorization: Bearer <token>} with the
 * token from {@code INCIDENT_MAP_API_TOKEN}, compared in constant time. Without a
 * configured token, writes are off and say so (403); a missing or wrong token is 401.
 * Reads need nothing.
 */
@Component
public class WriteAccess {

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	WriteAccess(IngestProperties properties) {
		this.token = properties.writesEnabled() ? properties.apiToken().getBytes(StandardCharsets.UTF_8) : null;
	}

	/**
	 * Returns when the header carries the configured token.
	 * @throws ErrorResponseException 403 when writes are off, 401 when the token is
	 * missing or wrong
	 */
	public void check(String authorization) {
		if (this.token == null) {
			throw problem(HttpStatus.FORBIDDEN, "Writes are off",
					"This service accepts no writes: start it with INCIDENT_MAP_API_TOKEN set to enable them.");
		}
		byte[] given = (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()))
				? authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(given, this.token)) {
			ErrorResponseException denied = problem(HttpStatus.UNAUTHORIZED, "Not authorised",
					"Send 'Authorization: Bearer <token>' with the service's API token.");
			denied.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			throw denied;
		}
	}

	private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		return new ErrorResponseException(status, body, null);
	}

}
