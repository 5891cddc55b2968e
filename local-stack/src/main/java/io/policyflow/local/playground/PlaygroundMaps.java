package io.policyflow.local.playground;

import java.util.Map;

/** Casts for the sandbox's JSON-shaped maps. */
final class PlaygroundMaps {

  private PlaygroundMaps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
