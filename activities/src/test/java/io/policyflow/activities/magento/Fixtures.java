package io.policyflow.activities.magento;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Magento-shaped JSON bodies from {@code src/test/resources/magento/}. */
final class Fixtures {
  private Fixtures() {}

  static String magento(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/magento/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture magento/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
