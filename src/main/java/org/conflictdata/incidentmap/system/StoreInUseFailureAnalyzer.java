package org.conflictdata.incidentmap.system;

import java.sql.SQLException;

import org.h2.api.ErrorCode;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that failed because another process (usually the running service) has
 * the embedded store's file open: the embedded store admits one process at a time. Spring
 * Boot then prints this description and action instead of a stack trace, on the service
 * and on the {@code ingest} and {@code generate} commands alike.
 */
class StoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (cause.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
			return null;
		}
		return new FailureAnalysis(
				"The embedded store is in use by another process, most likely the running Incident Map service: "
						+ "an embedded store can be opened by one process at a time.",
				"Stop the service first, or add articles through the running service (POST /api/articles), "
						+ "or point SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
						+ "at PostGIS, which any number of processes can share.",
				cause);
	}

}
