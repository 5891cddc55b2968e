package io.policyflow.api.playground;

import io.policyflow.codec.SecretDigest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who may use the playground, decided once at startup from {@link PlaygroundProperties} and {@code
 * server.address}:
 *
 * <ul>
 *   <li>{@link Mode#OFF}: {@code policyflow.playground.enabled} is false (the default): {@code
 *       /playground} is 404;
 *   <li>{@link Mode#BASIC}: a password is set: HTTP Basic on every {@code /playground} request;
 *   <li>{@link Mode#LOOPBACK}: no password, and the server binds to a loopback address (the local
 *       stack): only loopback clients that name a loopback host are served.
 * </ul>
 *
 * Enabling it without a password on a server that listens beyond this machine fails the startup.
 */
@Component("policyflowPlaygroundAccess")
public class PlaygroundAccess {

  /** How the playground is protected. */
  public enum Mode {
    OFF,
    LOOPBACK,
    BASIC
  }

  private static final Logger log = LoggerFactory.getLogger(PlaygroundAccess.class);

  private final Mode mode;
  private final boolean loopbackServer;
  private final String username;
  private final SecretDigest credentials;
  private final String temporalUiUrl;

  public PlaygroundAccess(PlaygroundProperties properties, Environment environment) {
    this.username = properties.username();
    this.credentials = SecretDigest.of(properties.username() + ":" + properties.password());
    this.temporalUiUrl = temporalUiUrl(properties.temporalUiUrl());
    this.loopbackServer = bindsToLoopback(environment.getProperty("server.address"));
    if (!properties.enabled()) {
      mode = Mode.OFF;
    } else if (properties.hasPassword()) {
      mode = Mode.BASIC;
      log.info("Playground enabled at /playground/ behind HTTP Basic (user '{}')", username);
    } else if (loopbackServer) {
      mode = Mode.LOOPBACK;
      log.info(
          "Playground enabled at /playground/ for this machine only (server.address is a loopback address)");
    } else {
      throw new IllegalStateException(
          "policyflow.playground.enabled=true needs policyflow.playground.password (HTTP Basic) when the server"
              + " listens beyond this machine. Set POLICYFLOW_PLAYGROUND_PASSWORD, or bind to loopback with"
              + " server.address=127.0.0.1 (as the local stack does).");
    }
  }

  public Mode mode() {
    return mode;
  }

  public boolean enabled() {
    return mode != Mode.OFF;
  }

  /**
   * The server binds to a loopback address ({@code server.address}): its clients are on this
   * machine.
   */
  public boolean loopbackServer() {
    return loopbackServer;
  }

  /** Temporal UI's base URL without a trailing slash, when one is configured. */
  public Optional<String> temporalUiUrl() {
    return Optional.ofNullable(temporalUiUrl);
  }

  /** Constant-time check of {@code user:password} (over digests, so lengths do not leak either). */
  public boolean matches(String userColonPassword) {
    return credentials.matches(userColonPassword);
  }

  static boolean bindsToLoopback(String serverAddress) {
    if (serverAddress == null || serverAddress.isBlank()) {
      return false; // Tomcat binds every interface
    }
    try {
      return InetAddress.getByName(serverAddress.strip()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** A loopback client address. */
  public static boolean isLoopback(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isBlank()) {
      return false;
    }
    String address = remoteAddress.strip();
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    if (!address.matches("[0-9a-fA-F:.]+")) {
      return false; // only literal addresses: never resolve a name here
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * The Host header names this machine: localhost, *.localhost, 127.x.x.x or [::1] (guards against
   * DNS rebinding).
   */
  public static boolean isLoopbackHost(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 && isLoopback(host.substring(1, end));
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return true;
    }
    return host.matches("127(\\.\\d{1,3}){3}");
  }

  private static String temporalUiUrl(String value) {
    if (value.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value.replaceAll("/+$", "");
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    log.warn(
        "Ignoring the Temporal UI URL: it must be an http(s) URL such as http://localhost:8233");
    return null;
  }

  @Override
  public String toString() {
    return "PlaygroundAccess[mode=" + mode + "]";
  }
}
