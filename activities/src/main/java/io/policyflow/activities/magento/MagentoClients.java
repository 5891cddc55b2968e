package io.policyflow.activities.magento;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.time.Clock;

/** Builds {@link MagentoClient}s. */
public final class MagentoClients {

  private MagentoClients() {}

  /** A client authenticated with {@code Authorization: Bearer <config.accessToken()>}. */
  public static MagentoClient create(MagentoConfig config) {
    return create(config, new BearerTokenAuth(config.accessToken()), Clock.systemUTC());
  }

  /**
   * A client with another authentication (the seam for OAuth 1.0a signing).
   *
   * <p>Feign never retries (Temporal does); redirects are not followed (a POST must not turn into a GET); request
   * and response lines are logged at DEBUG ({@code io.policyflow.activities.magento.MagentoClient}) with emails
   * masked and without bodies.
   */
  public static MagentoClient create(MagentoConfig config, RequestInterceptor auth, Clock clock) {
    ObjectMapper mapper = MagentoJson.mapper();
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return Feign.builder()
        .client(new FailureTranslatingClient(new Http2Client(http)))
        .options(new Request.Options(config.connectTimeout(), config.readTimeout(), false))
        .retryer(Retryer.NEVER_RETRY)
        .encoder(new JacksonEncoder(mapper))
        .decoder(new JacksonDecoder(mapper))
        .errorDecoder(new MagentoErrors(mapper, clock))
        .queryMapEncoder(new SearchCriteriaEncoder())
        .requestInterceptor(auth)
        .logger(new MaskingSlf4jLogger(MagentoClient.class))
        .logLevel(Logger.Level.BASIC)
        .target(MagentoClient.class, config.apiUrl());
  }
}
