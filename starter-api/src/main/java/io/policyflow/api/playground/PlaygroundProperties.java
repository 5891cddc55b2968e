package io.policyflow.api.playground;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the playground page ({@code policyflow.playground.*}).
 *
 * @param enabled serve the page and its API at {@code /playground}; off by default. The local stack turns it on.
 * @param username the HTTP Basic user name when a password is set (default {@code playground})
 * @param password the HTTP Basic password. Blank is only allowed when the server binds to a loopback address
 *     ({@code server.address=127.0.0.1}, as the local stack does): the page then answers loopback clients only.
 * @param temporalUiUrl base URL of Temporal UI (e.g. {@code http://localhost:8233}) for a link to each run; when
 *     blank, the environment variable {@code TEMPORAL_UI_URL} is used, and without either there is no link
 */
@ConfigurationProperties("policyflow.playground")
public record PlaygroundProperties(boolean enabled, String username, String password, String temporalUiUrl) {

  public static final String DEFAULT_USERNAME = "playground";

  public PlaygroundProperties {
    username = username == null || username.isBlank() ? DEFAULT_USERNAME : username.strip();
    password = password == null ? "" : password;
    temporalUiUrl = temporalUiUrl == null ? "" : temporalUiUrl.strip();
  }

  public boolean hasPassword() {
    return !password.isBlank();
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "PlaygroundProperties[enabled=" + enabled + ", username=" + username + ", password="
        + (hasPassword() ? "<set>" : "<none>") + ", temporalUiUrl=" + temporalUiUrl + "]";
  }
}
