package org.conflictdata.incidentmap.system;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's HTML error report valve, once
 * the host has installed its own (at start-up), so that requests refused inside Tomcat
 * get a problem+json too.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
				replaceErrorReportValve(context.getParent());
			}
		}));
	}

	private static void replaceErrorReportValve(Container host) {
		boolean installed = false;
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ProblemErrorReportValve) {
				installed = true;
			}
			else if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		if (!installed) {
			ProblemErrorReportValve problems = new ProblemErrorReportValve();
			problems.setShowReport(false);
			problems.setShowServerInfo(false);
			host.getPipeline().addValve(problems);
		}
	}

}
