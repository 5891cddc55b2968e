package io.policyflow.codec;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contract of the codec endpoint that starter-api exposes for Temporal UI and the CLI: paths, CORS
 * and environment variable names. No HTTP framework here; the web layer applies these.
 *
 * <p>What Temporal UI sends (UI server settings {@code TEMPORAL_CODEC_ENDPOINT=<base>}): {@code
 * POST <base>/decode} (and {@code /encode} when a user starts or signals a workflow from the UI)
 * with headers {@code Content-Type: application/json} and {@code X-Namespace: <namespace>}, plus
 * {@code Authorization: Bearer <UI OIDC access token>} only when {@code
 * TEMPORAL_CODEC_PASS_ACCESS_TOKEN} is on (the UI only does that for an {@code https://} endpoint),
 * and the browser's credentials (cookies, HTTP auth) only when {@code
 * TEMPORAL_CODEC_INCLUDE_CREDENTIALS} is on. Because of the custom headers the browser sends a CORS
 * preflight {@code OPTIONS} first, without credentials: the preflight must be answered without
 * authentication.
 */
public final class CodecEndpoint {

  private CodecEndpoint() {}

  /** Base path; {@code TEMPORAL_CODEC_ENDPOINT} is {@code http(s)://<api host>} + this. */
  public static final String BASE_PATH = "/codec";

  public static final String ENCODE_PATH = BASE_PATH + "/encode";
  public static final String DECODE_PATH = BASE_PATH + "/decode";

  public static final String CONTENT_TYPE = "application/json";

  /** Header the UI and CLI set to the namespace of the payloads. */
  public static final String NAMESPACE_HEADER = "X-Namespace";

  /** Browser origins allowed to call the endpoint, comma-separated (e.g. the UI's origin). */
  public static final String ENV_CORS_ORIGINS = "POLICYFLOW_CODEC_CORS_ORIGINS";

  /** Shared secret for the endpoint; see {@link CodecAuth}. */
  public static final String ENV_AUTH_TOKEN = "POLICYFLOW_CODEC_AUTH_TOKEN";

  /** Default origin: Temporal UI as published by docker-compose.yml. */
  public static final String DEFAULT_CORS_ORIGIN = "http://localhost:8233";

  // CORS response values for the preflight and the actual response.
  public static final List<String> CORS_ALLOWED_METHODS = List.of("POST", "OPTIONS");
  public static final List<String> CORS_ALLOWED_HEADERS =
      List.of("Content-Type", NAMESPACE_HEADER, "Authorization");

  /**
   * {@code Access-Control-Allow-Credentials: true}: needed for {@code
   * TEMPORAL_CODEC_INCLUDE_CREDENTIALS=true}; with it the allowed origin must be echoed exactly,
   * never {@code *}.
   */
  public static final boolean CORS_ALLOW_CREDENTIALS = true;

  public static final long CORS_MAX_AGE_SECONDS = 600;

  /**
   * Allowed origins from {@value #ENV_CORS_ORIGINS}, defaulting to {@value #DEFAULT_CORS_ORIGIN}.
   * Origins are normalised ({@code scheme://host[:port]}, lower case, no trailing slash).
   *
   * @throws IllegalArgumentException for {@code *} (incompatible with credentials) or an entry that
   *     is not an http(s) origin
   */
  public static List<String> corsOrigins(Map<String, String> env) {
    String value = env.get(ENV_CORS_ORIGINS);
    if (value == null || value.isBlank()) {
      return List.of(DEFAULT_CORS_ORIGIN);
    }
    List<String> origins = new ArrayList<>();
    for (String raw : value.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      String origin = normaliseOrigin(entry);
      if (!origins.contains(origin)) {
        origins.add(origin);
      }
    }
    if (origins.isEmpty()) {
      return List.of(DEFAULT_CORS_ORIGIN);
    }
    return List.copyOf(origins);
  }

  static String normaliseOrigin(String entry) {
    if (entry.equals("*")) {
      throw new IllegalArgumentException(
          ENV_CORS_ORIGINS
              + " cannot be '*': the codec endpoint accepts credentials, so origins must be listed");
    }
    URI uri;
    try {
      uri = new URI(entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          ENV_CORS_ORIGINS + " entry '" + entry + "' is not a URL origin");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          ENV_CORS_ORIGINS
              + " entry '"
              + entry
              + "' is not an origin like http://localhost:8233 (scheme://host[:port], no path)");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
