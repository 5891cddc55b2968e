package io.policyflow.api.kustomer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /v1/conversations/{id}} for routing decisions (the queue and tags are on the
 * conversation, not on the message event). 404: no such conversation; 401/403: our key is wrong or
 * lacks {@code org.permission.conversation.read} (502, logged); 429, 5xx, I/O: 503 so that Kustomer
 * delivers again later.
 */
class KustomerConversationLookup {

  private static final Logger log = LoggerFactory.getLogger(KustomerConversationLookup.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final String authorization;
  private final Duration timeout;
  private final HttpClient http;

  KustomerConversationLookup(String baseUrl, String apiKey, Duration timeout) {
    String root = baseUrl.strip();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    this.baseUrl = root;
    this.authorization = "Bearer " + apiKey.strip();
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The conversation resource ({@code data}), or empty when Kustomer does not know it. */
  Optional<JsonNode> conversation(String conversationId) {
    URI uri =
        URI.create(
            baseUrl
                + "/v1/conversations/"
                + URLEncoder.encode(conversationId, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("User-Agent", "policyflow-refund-bot")
            .GET()
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw KustomerWebhookProblem.kustomerUnavailable(
          "Kustomer could not be asked about the conversation ("
              + e.getClass().getSimpleName()
              + ").",
          5,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw KustomerWebhookProblem.kustomerUnavailable("Interrupted while asking Kustomer.", 5, e);
    }
    int status = response.statusCode();
    if (status == 200) {
      try {
        JsonNode data = JSON.readTree(response.body()).path("data");
        if (!data.isObject()) {
          throw KustomerWebhookProblem.kustomerUnavailable(
              "Kustomer answered a conversation without data.", 5, null);
        }
        return Optional.of(data);
      } catch (JacksonException e) {
        throw KustomerWebhookProblem.kustomerUnavailable(
            "Kustomer answered something that is not JSON.", 5, e);
      }
    }
    if (status == 404) {
      return Optional.empty();
    }
    if (status == 401 || status == 403) {
      log.error(
          "Kustomer refused the API key used for routing lookups (HTTP {}): it needs"
              + " org.permission.conversation.read (policyflow.kustomer.api-key / KUSTOMER_API_KEY)",
          status);
      throw KustomerWebhookProblem.kustomerRefused(
          "Kustomer refused the API key used to read the conversation" + " (HTTP " + status + ").");
    }
    int retryAfter = status == 429 ? retryAfter(response) : 5;
    throw KustomerWebhookProblem.kustomerUnavailable(
        "Kustomer answered HTTP " + status + " when asked about the conversation.",
        retryAfter,
        null);
  }

  private static int retryAfter(HttpResponse<?> response) {
    for (String header : new String[] {"Retry-After", "x-ratelimit-reset"}) {
      Optional<String> value = response.headers().firstValue(header);
      if (value.isPresent() && value.get().strip().matches("\\d{1,6}")) {
        return Math.min(60, Integer.parseInt(value.get().strip()));
      }
    }
    return 5;
  }
}
