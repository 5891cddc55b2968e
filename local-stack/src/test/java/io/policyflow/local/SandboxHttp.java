package io.policyflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the Magento sandbox the way an operator would: over its REST API. */
final class SandboxHttp {

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  SandboxHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  JsonNode order(String incrementId) {
    JsonNode found =
        get(
            "/V1/orders?searchCriteria[filter_groups][0][filters][0][field]=increment_id"
                + "&searchCriteria[filter_groups][0][filters][0][value]="
                + incrementId);
    return found.get("items").get(0);
  }

  JsonNode creditMemos(String incrementId) {
    long orderId = order(incrementId).get("entity_id").asLong();
    return get("/V1/creditmemos?searchCriteria[filter_groups][0][filters][0][field]=order_id"
            + "&searchCriteria[filter_groups][0][filters][0][value]="
            + orderId)
        .get("items");
  }

  JsonNode orderComments(String incrementId) {
    long orderId = order(incrementId).get("entity_id").asLong();
    return get("/V1/orders/" + orderId + "/comments").get("items");
  }

  private JsonNode get(String path) {
    String url = baseUrl + path.replace("[", "%5B").replace("]", "%5D");
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer sandbox-token")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("sandbox " + response.statusCode() + ": " + response.body());
      }
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
