package io.policyflow.activities.kustomer;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import io.policyflow.activities.http.MaskingSlf4jLogger;
import java.net.http.HttpClient;
import java.time.Clock;

/** Builds {@link KustomerClient}s. */
public final class KustomerClients {

  private KustomerClients() {}

  public static KustomerClient create(KustomerConfig config) {
    return create(config, Clock.systemUTC());
  }

  /**
   * A client authenticated with {@code Authorization: Bearer <apiKey>}. Feign never retries
   * (Temporal does); redirects are not followed; request lines are logged at DEBUG ({@code
   * io.policyflow.activities.kustomer.KustomerClient}) with emails masked and without headers or
   * bodies.
   */
  public static KustomerClient create(KustomerConfig config, Clock clock) {
    ObjectMapper mapper = KustomerJson.mapper();
    RateLimitGate limits =
        new RateLimitGate(config.resetFormat(), config.maxRateLimitDelay(), clock);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String authorization = "Bearer " + config.apiKey();
    return Feign.builder()
        .client(new KustomerHttpClient(new Http2Client(http), limits))
        .options(new Request.Options(config.connectTimeout(), config.readTimeout(), false))
        .retryer(Retryer.NEVER_RETRY)
        .encoder(new JacksonEncoder(mapper))
        .decoder(new JacksonDecoder(mapper))
        .errorDecoder(new KustomerErrors(mapper, limits))
        .requestInterceptor(
            template -> {
              template.removeHeader("Authorization");
              template.header("Authorization", authorization);
              template.header("User-Agent", "policyflow-refund-bot");
            })
        .logger(new MaskingSlf4jLogger(KustomerClient.class, KustomerClients::mask))
        .logLevel(Logger.Level.BASIC)
        .target(KustomerClient.class, config.baseUrl());
  }

  /** Emails masked, the one in an email lookup's path included. */
  private static String mask(String text) {
    return KustomerErrors.mask(text.replaceAll("email=[^/? ]*", "email=***"));
  }
}
