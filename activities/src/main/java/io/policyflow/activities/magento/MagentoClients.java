package io.policyflow.activities.magento;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.policyflow.activities.http.MaskingSlf4jLogger;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * Builds {@link MagentoClient}s. Each HTTP request goes, outermost first, through: the translation
 * of I/O errors into retryable failures, the single re-authentication after a 401 (admin tokens
 * only), the host's circuit breaker, rate limiter and bulkhead ({@link MagentoResilience}), then
 * the JDK HTTP client with the configured connect and read timeouts.
 *
 * <p>Feign never retries (Temporal does); redirects are not followed (a POST must not turn into a
 * GET); request and response lines are logged at DEBUG ({@code
 * io.policyflow.activities.magento.MagentoClient}) with emails masked and without bodies or
 * headers.
 */
public final class MagentoClients {

  private MagentoClients() {}

  /** A client for {@code config}'s credentials with default resilience settings. */
  public static MagentoClient create(MagentoConfig config) {
    return create(config, MagentoResilience.defaults(), Clock.systemUTC());
  }

  /** A client for {@code config}'s credentials, protected by {@code resilience}. */
  public static MagentoClient create(
      MagentoConfig config, MagentoResilience resilience, Clock clock) {
    return create(config, auth(config, resilience, clock), resilience, clock);
  }

  /** A client with another authentication (a test's, or a custom scheme). */
  public static MagentoClient create(MagentoConfig config, RequestInterceptor auth, Clock clock) {
    return create(config, asMagentoAuth(auth), MagentoResilience.defaults(), clock);
  }

  /** The full form. */
  public static MagentoClient create(
      MagentoConfig config, MagentoAuth auth, MagentoResilience resilience, Clock clock) {
    ObjectMapper mapper = MagentoJson.mapper();
    resilience.guard(config.host()); // the host's metrics exist from the start
    Client http = new ReauthenticatingClient(guarded(config, resilience), auth);
    return Feign.builder()
        .client(new FailureTranslatingClient(http))
        .options(options(config))
        .retryer(Retryer.NEVER_RETRY)
        .encoder(new JacksonEncoder(mapper))
        .decoder(new JacksonDecoder(mapper))
        .errorDecoder(new MagentoErrors(mapper, clock))
        .queryMapEncoder(new SearchCriteriaEncoder())
        .requestInterceptor(auth)
        .logger(new MaskingSlf4jLogger(MagentoClient.class, EmailMask::maskAll))
        .logLevel(Logger.Level.BASIC)
        .target(MagentoClient.class, config.apiUrl());
  }

  /**
   * The authentication {@code config.credentials()} call for (admin tokens are fetched through
   * {@code resilience}).
   */
  public static MagentoAuth auth(MagentoConfig config, MagentoResilience resilience, Clock clock) {
    return MagentoAuth.of(config.credentials(), adminTokenIssuer(config, resilience, clock), clock);
  }

  /** {@code POST /V1/integration/admin/token} through the same protections as every other call. */
  static AdminTokenAuth.TokenIssuer adminTokenIssuer(
      MagentoConfig config, MagentoResilience resilience, Clock clock) {
    ObjectMapper mapper = MagentoJson.mapper();
    MagentoTokenClient tokens =
        Feign.builder()
            .client(new FailureTranslatingClient(guarded(config, resilience)))
            .options(options(config))
            .retryer(Retryer.NEVER_RETRY)
            .encoder(new JacksonEncoder(mapper))
            .decoder(new JacksonDecoder(mapper))
            .errorDecoder(new MagentoErrors(mapper, clock))
            .logger(new MaskingSlf4jLogger(MagentoClient.class, EmailMask::maskAll))
            .logLevel(Logger.Level.BASIC)
            .target(MagentoTokenClient.class, config.apiUrl());
    return (username, password) ->
        tokens.adminToken(new MagentoTokenClient.AdminCredentials(username, password));
  }

  private static Client guarded(MagentoConfig config, MagentoResilience resilience) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new ResilientClient(new Http2Client(http), resilience);
  }

  private static Request.Options options(MagentoConfig config) {
    return new Request.Options(config.connectTimeout(), config.readTimeout(), false);
  }

  private static MagentoAuth asMagentoAuth(RequestInterceptor auth) {
    if (auth instanceof MagentoAuth magentoAuth) {
      return magentoAuth;
    }
    return new MagentoAuth() {
      @Override
      public void apply(RequestTemplate template) {
        auth.apply(template);
      }

      @Override
      public String scheme() {
        return "custom";
      }
    };
  }
}
