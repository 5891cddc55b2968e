package io.policyflow.api.codec;

import io.policyflow.api.Response;
import io.policyflow.codec.CodecAuth;
import io.policyflow.codec.CodecEndpoint;
import io.policyflow.codec.KeyRing;
import io.policyflow.config.CodecProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Keys, tokens, the sample payload and a raw HTTP client for the codec server tests. */
final class CodecTesting {

  private CodecTesting() {}

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The codec token of the tests (32+ characters, as {@link CodecAuth} requires). */
  static final String TOKEN = "codec-test-token-0123456789abcdef";

  /** The {@code /v1} token of the "test" profile; it must not open {@code /codec}. */
  static final String API_TOKEN = "test-token-0123456789";

  static final String UI_ORIGIN = CodecEndpoint.DEFAULT_CORS_ORIGIN;

  static final String EMAIL = "jane.doe@example.com";

  /** {@code "jane.doe@example.com"} as Temporal's JSON converter writes it (a JSON string). */
  static final String EMAIL_JSON = "\"" + EMAIL + "\"";

  static final String JSON_PLAIN_B64 = b64("json/plain");
  static final String BINARY_ENCRYPTED_B64 = b64("binary/encrypted");

  /** A real Temporal payload, as Temporal UI posts it to {@code /codec/encode}. */
  static final String PLAIN_PAYLOADS =
      "{\"payloads\":[{\"metadata\":{\"encoding\":\""
          + JSON_PLAIN_B64
          + "\"},\"data\":\""
          + b64(EMAIL_JSON)
          + "\"}]}";

  static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String unb64(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }

  /** A fixed test key (not random, not secret): 32 bytes derived from {@code seed}. */
  static String key(int seed) {
    byte[] key = new byte[KeyRing.KEY_LENGTH_BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i * 7);
    }
    return Base64.getEncoder().encodeToString(key);
  }

  static final String K1 = "k1:" + key(1);
  static final String K2 = "k2:" + key(2);

  /** Settings as the application reads them from {@code policyflow.codec.*} (null: unset). */
  static CodecSettings settings(String keys, String activeKey, String token) {
    return CodecSettings.of(new CodecProperties(keys, activeKey, token, List.of(UI_ORIGIN), false));
  }

  static String basic(String user, String password) {
    return "Basic " + b64(user + ":" + password);
  }

  /** Raw HTTP against the running server. */
  static final class Http {

    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    Http(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    /**
     * POST {@code application/json} with {@code Authorization} set to {@code authorization} (none
     * if null).
     */
    Response post(String path, String body, String authorization) {
      HttpRequest.Builder request =
          request(path)
              .header("Content-Type", "application/json")
              .header(CodecEndpoint.NAMESPACE_HEADER, "default")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return send(request);
    }

    Response get(String path, String authorization) {
      HttpRequest.Builder request = request(path).GET();
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return send(request);
    }

    /** A browser's CORS preflight for the UI's codec call: no credentials. */
    Response preflight(String path, String origin) {
      return send(
          request(path)
              .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
              .header("Origin", origin)
              .header("Access-Control-Request-Method", "POST")
              .header("Access-Control-Request-Headers", "content-type,x-namespace,authorization"));
    }

    Response send(HttpRequest.Builder request) {
      try {
        return new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
