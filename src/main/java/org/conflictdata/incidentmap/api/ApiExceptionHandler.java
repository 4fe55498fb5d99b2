package org.conflictdata.incidentmap.api;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error path of the API and the OGC endpoints: every failure becomes an RFC 9457
 * {@code application/problem+json} body. Bad parameters are 400 and name the parameter,
 * unknown resources 404, an unreachable database 503; anything unexpected is a 500 that
 * is logged but shows no stack trace or internal message to the caller. Framework errors
 * (wrong method, unreadable body, wrong content type) keep Spring's own status and
 * problem body.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badParameter(BadParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.parameter() + "': " + ex.getMessage());
		problem.setTitle("Invalid parameter");
		problem.setType(URI.create("urn:incident-map:problem:invalid-parameter"));
		problem.setProperty("parameter", ex.parameter());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(new BadParameterException(ex.getName(),
				BadParameterException.quote(ex.getValue()) + " is not a valid value"));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	// A write fails earlier than a read when the database is gone: opening its
	// transaction.
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ProblemDetail databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The incident store is unreachable; try again shortly.");
		problem.setTitle("Store unavailable");
		return problem;
	}

	/**
	 * Anything no other handler claims: the caller learns only that it failed, the log
	 * gets the stack trace.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		if (lostConnection(ex)) {
			// e.g. a write whose rollback failed on a dead connection, hiding the
			// original error
			return databaseUnavailable(ex);
		}
		log.error("Unexpected failure", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request failed on the server; the failure has been logged.");
		problem.setTitle("Internal error");
		return problem;
	}

	/**
	 * True when a connection-class SQL error (SQLState 08…) is anywhere in the cause
	 * chain.
	 */
	static boolean lostConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof TransactionSystemException failed && failed.getApplicationException() != null
					&& lostConnection(failed.getApplicationException())) {
				// the rollback's failure hides the one that made the transaction roll
				// back
				return true;
			}
		}
		return false;
	}

}
