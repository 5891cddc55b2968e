package io.policyflow.api;

import io.policyflow.api.problems.ProblemErrorReportValve;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The embedded Tomcat as the API wants it:
 *
 * <ul>
 *   <li>its own errors (bad URI encoding, headers too large, ...) as problem+json: {@link
 *       ProblemErrorReportValve} on the host, in place of the HTML {@link ErrorReportValve} Spring
 *       Boot adds there (this runs after Spring Boot's customizer, so that valve is there to be
 *       replaced);
 *   <li>{@code 100 Continue} only once the application reads the body: a request refused on its
 *       headers (a declared body over the size cap, no credentials) is answered before the client
 *       sends the body.
 * </ul>
 */
@Component("policyflowEmbeddedTomcatCustomizer")
public class EmbeddedTomcatCustomizer
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(context -> replaceErrorReportValve(context.getParent()));
    factory.addConnectorCustomizers(
        connector -> {
          if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
            http.setContinueResponseTiming("onRead");
          }
        });
  }

  static void replaceErrorReportValve(Container host) {
    boolean present = false;
    for (Valve valve : host.getPipeline().getValves()) {
      if (valve instanceof ProblemErrorReportValve) {
        present = true;
      } else if (valve instanceof ErrorReportValve) {
        host.getPipeline().removeValve(valve);
      }
    }
    if (host instanceof StandardHost standardHost) {
      // the valve class Tomcat adds itself when the host has none
      standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }
    if (!present) {
      host.getPipeline().addValve(new ProblemErrorReportValve());
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
