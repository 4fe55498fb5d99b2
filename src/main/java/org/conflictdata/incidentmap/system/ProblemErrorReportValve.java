package org.conflictdata.incidentmap.system;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's last-resort error page, for the requests Tomcat refuses before they reach the
 * application (an encoded slash or backslash in the path, invalid percent-encoding or
 * UTF-8, control characters, a head too large): a short problem+json with the security
 * headers, instead of Tomcat's HTML page. It states only the status and a fixed
 * explanation; nothing of the request or the server is echoed. Errors the application
 * already answered are left alone.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = (status == 400)
				? "The request is not valid HTTP as this service reads it: check the path and query for encoded "
						+ "slashes or backslashes, invalid percent-encoding, invalid UTF-8 or control characters."
				: "The request could not be handled.";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			SecurityHeadersFilter.addTo(response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is already gone or the response committed: nothing more to
			// say.
		}
	}

}
