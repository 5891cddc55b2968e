package io.policyflow.api.playground;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the playground page ({@code policyflow.playground.*}; {@code TEMPORAL_UI_URL} is an
 * alias of {@code temporal-ui-url}, see {@code io.policyflow.config.EnvironmentAliases}).
 *
 * @param enabled Serve the page and its API at /playground. Off by default; the local stack turns
 *     it on.
 * @param username The HTTP Basic user name when a password is set.
 * @param password The HTTP Basic password. Blank is only allowed when the server binds to a
 *     loopback address (server.address=127.0.0.1, as the local stack does): the page then answers
 *     loopback clients only.
 * @param temporalUiUrl Base URL of Temporal UI (e.g. http://localhost:8233) for a link to each run.
 *     Blank: no link.
 */
@ConfigurationProperties("policyflow.playground")
@Validated
public record PlaygroundProperties(
    boolean enabled,
    @DefaultValue("playground") @NotBlank String username,
    String password,
    String temporalUiUrl) {

  public PlaygroundProperties {
    username = username == null ? null : username.strip();
    password = password == null ? "" : password;
    temporalUiUrl = temporalUiUrl == null ? "" : temporalUiUrl.strip();
  }

  public boolean hasPassword() {
    return !password.isBlank();
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "PlaygroundProperties[enabled="
        + enabled
        + ", username="
        + username
        + ", password="
        + (hasPassword() ? "<set>" : "<none>")
        + ", temporalUiUrl="
        + temporalUiUrl
        + "]";
  }
}
