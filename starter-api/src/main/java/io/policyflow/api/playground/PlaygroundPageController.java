package io.policyflow.api.playground;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page: {@code /playground} redirects to {@code /playground/}, which is {@code
 * static/playground/index.html}. Its script and stylesheet are static files beside it; there is no
 * build step.
 */
@Controller("policyflowPlaygroundPageController")
@ConditionalOnBooleanProperty("policyflow.playground.enabled")
public class PlaygroundPageController {

  static final String INDEX = "static/playground/index.html";

  @GetMapping("/playground")
  public ResponseEntity<Void> redirect(HttpServletRequest request) {
    return ResponseEntity.status(302)
        .location(URI.create(request.getContextPath() + "/playground/"))
        .build();
  }

  @GetMapping(path = "/playground/", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<Resource> page() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(new ClassPathResource(INDEX));
  }
}
